import { CARRIER_DOMAINS, domainIn, FREE_DOMAINS, ISP_DOMAINS, isDisposableDomain } from "./email-domains.js";

export type EmailClass = "carrier" | "free" | "isp" | "disposable" | "other";

export interface NormalizedEmail {
  /** As typed, NFKC-folded, trimmed and lower-cased. */
  address: string;
  domain: string;
  /** One mailbox: Gmail dots and +tags removed, googlemail → gmail, +tags removed where the provider delivers them. */
  canonical: string;
  /**
   * A looser link key: Yahoo! JAPAN's セーフティーアドレス (base-keyword@yahoo.co.jp) reach one
   * account, so they share base@yahoo.co.jp. Link on it; do not merge identities on it.
   */
  linkKey: string;
  /**
   * Written as a second name of a mailbox: a +tag where the provider delivers it, or a Yahoo!
   * JAPAN sub-address. Dots in a Gmail name are not: people write their own address with them.
   */
  alias: boolean;
  valid: boolean;
  class: EmailClass;
}

// Providers known to deliver local+tag to local; elsewhere "+" may be part of a real mailbox name.
const PLUS_ADDRESSING = [
  "gmail.com",
  "outlook.com",
  "outlook.jp",
  "hotmail.com",
  "hotmail.co.jp",
  "live.com",
  "live.jp",
  "icloud.com",
  "me.com",
  "mac.com",
  "proton.me",
  "protonmail.com",
  "fastmail.com",
  "zoho.com",
];
const ATEXT = /^[a-z0-9!#$%&'*+/=?^_`{|}~.-]+$/;
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

function isValidLocal(local: string, lenient: boolean): boolean {
  if (!local || local.length > 64 || !ATEXT.test(local)) return false;
  // docomo and au allowed "taro..yamada." until about 2009, and those addresses still receive mail.
  return lenient || !(local.startsWith(".") || local.endsWith(".") || local.includes(".."));
}

function classify(domain: string): EmailClass {
  // Our own tables win: a carrier or ISP wrongly listed as disposable must not be punished.
  if (domainIn(domain, CARRIER_DOMAINS)) return "carrier";
  if (domainIn(domain, ISP_DOMAINS)) return "isp";
  if (domainIn(domain, FREE_DOMAINS)) return "free";
  if (isDisposableDomain(domain)) return "disposable";
  return "other";
}

/** Normalises an e-mail address for linking orders and classifies its domain. */
export function normalizeEmail(raw: string | null | undefined): NormalizedEmail {
  const address = (raw ?? "").normalize("NFKC").trim().toLowerCase();
  const at = address.lastIndexOf("@");
  let local = at > 0 ? address.slice(0, at) : address;
  let domain = at > 0 ? address.slice(at + 1).replace(/\.$/, "") : "";
  const carrier = domainIn(domain, CARRIER_DOMAINS);
  const valid = at > 0 && DOMAIN.test(domain) && isValidLocal(local, carrier);
  if (domain === "googlemail.com") domain = "gmail.com";
  const plusTag = valid && domainIn(domain, PLUS_ADDRESSING) && local.includes("+");
  if (plusTag) local = local.replace(/\+.*$/, "");
  if (valid && domain === "gmail.com") local = local.replace(/\./g, "");
  const canonical = valid ? `${local}@${domain}` : address;
  const linkKey = valid && domain === "yahoo.co.jp" ? `${local.replace(/-.*$/, "")}@${domain}` : canonical;
  const alias = plusTag || linkKey !== canonical;
  return { address, domain, canonical, linkKey, alias, valid, class: valid ? classify(domain) : "other" };
}
