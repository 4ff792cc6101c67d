import { createRequire } from "node:module";

/**
 * Japanese mobile carriers' mail domains. A carrier address implies a contract tied to a person,
 * and the old ones (before ~2009) may break RFC 5322 with ".." or a dot before "@".
 */
export const CARRIER_DOMAINS: readonly string[] = [
  "docomo.ne.jp",
  "mopera.net",
  "ezweb.ne.jp",
  "au.com",
  "auone.jp",
  "uqmobile.jp",
  "softbank.ne.jp",
  "i.softbank.jp",
  "vodafone.ne.jp",
  "disney.ne.jp",
  "ymobile.ne.jp",
  "y-mobile.ne.jp",
  "emnet.ne.jp",
  "pdx.ne.jp",
  "willcom.com",
  "wcm.ne.jp",
  "rakuten.jp",
];

/** Free webmail: anyone can open any number of these. */
export const FREE_DOMAINS: readonly string[] = [
  "gmail.com",
  "googlemail.com",
  "yahoo.co.jp",
  "ymail.ne.jp",
  "yahoo.com",
  "outlook.com",
  "outlook.jp",
  "hotmail.com",
  "hotmail.co.jp",
  "live.com",
  "live.jp",
  "msn.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "aol.com",
  "aol.jp",
  "excite.co.jp",
  "livedoor.com",
  "goo.jp",
  "mail.goo.ne.jp",
  "infoseek.jp",
  "rakumail.jp",
  "proton.me",
  "protonmail.com",
  "gmx.com",
  "zoho.com",
  "yandex.com",
];

/** Major Japanese ISPs; customers often get addresses on subdomains (xx.ocn.ne.jp). */
export const ISP_DOMAINS: readonly string[] = [
  "biglobe.ne.jp",
  "ocn.ne.jp",
  "nifty.com",
  "so-net.ne.jp",
  "plala.or.jp",
  "dion.ne.jp",
  "k-opti.com",
  "eonet.ne.jp",
  "zaq.ne.jp",
  "home.ne.jp",
  "ybb.ne.jp",
  "hi-ho.ne.jp",
  "tiki.ne.jp",
  "asahi-net.or.jp",
  "coara.or.jp",
  "mineo.jp",
  "bbiq.jp",
  "commufa.jp",
  "ctb.ne.jp",
  "enjoy.ne.jp",
];

/** True when the domain is one of the listed ones or a subdomain of one. */
export function domainIn(domain: string, list: readonly string[] | ReadonlySet<string>): boolean {
  const has = (d: string) => (Array.isArray(list) ? list.includes(d) : (list as ReadonlySet<string>).has(d));
  for (let d = domain; d.includes("."); d = d.slice(d.indexOf(".") + 1)) {
    if (has(d)) return true;
  }
  return false;
}

let disposable: Set<string> | undefined;

/**
 * Union of the lists shipped by disposable-email-domains (plain and wildcard) and mailchecker.
 * Loaded once on first use (~120k domains, tens of MB); no network.
 */
export function isDisposableDomain(domain: string): boolean {
  if (!disposable) {
    const require = createRequire(import.meta.url);
    const plain = require("disposable-email-domains") as string[];
    const wildcard = require("disposable-email-domains/wildcard.json") as string[];
    const checker = require("mailchecker") as { blacklist(): Set<string> };
    disposable = new Set([...plain, ...wildcard, ...checker.blacklist()]);
  }
  return domainIn(domain, disposable);
}
