import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { romajiOf } from "./jp-names.js";
import type { Rng } from "./prng.js";

// Phones and emails as Japanese customers give them (jp-normalization.md §3–4).

export type PhoneKind = "mobile" | "ip" | "landline";

/**
 * Digits only; how it is written is a separate, per-order choice. A number libphonenumber's
 * metadata does not list as assigned (Sapporo's 011-9…, say) is not one a real customer gives:
 * it is drawn again on a stream of its own, so every later draw of the generator stays as it was.
 */
export function newPhone(rng: Rng, kind: PhoneKind = "mobile", areaCode = "03"): string {
  const digits = drawPhone(rng, kind, areaCode);
  if (isAssigned(digits)) return digits;
  const own = rng.fork(`phone:${digits}`);
  for (let tries = 0; tries < 1000; tries++) {
    const again = drawPhone(own, kind, areaCode);
    if (isAssigned(again)) return again;
  }
  throw new Error(`no assigned ${kind} number found for area code ${areaCode}`);
}

const isAssigned = (digits: string) => parsePhoneNumberFromString(digits, "JP")?.isValid() === true;

function drawPhone(rng: Rng, kind: PhoneKind, areaCode: string): string {
  const four = () => String(rng.int(0, 9999)).padStart(4, "0");
  // Subscriber numbers start with 1–9: 080-0… would read as the toll-free 0800.
  const first = () => String(rng.int(1000, 9999));
  if (kind === "ip") return `050${first()}${four()}`;
  if (kind === "landline") {
    const rest = 10 - areaCode.length;
    return `${areaCode}${String(rng.int(2 * 10 ** (rest - 1), 10 ** rest - 1))}`;
  }
  return `${rng.weighted([
    ["090", 50],
    ["080", 38],
    ["070", 12],
  ] as const)}${first()}${four()}`;
}

// Area codes of the largest cities, so a landline fits the address it comes with.
const AREA_CODE_OF: Readonly<Record<string, string>> = {
  東京都: "03",
  大阪府: "06",
  愛知県: "052",
  北海道: "011",
  福岡県: "092",
  神奈川県: "045",
  京都府: "075",
  兵庫県: "078",
  宮城県: "022",
  広島県: "082",
};
export const areaCodeFor = (prefecture: string) => AREA_CODE_OF[prefecture];
export const AREA_CODES = [...new Set(Object.values(AREA_CODE_OF))];

export type PhoneStyle = "hyphen" | "digits" | "fullwidth" | "spaces" | "intl" | "choon";

export function newPhoneStyle(rng: Rng): PhoneStyle {
  return rng.weighted([
    ["hyphen", 52],
    ["digits", 33],
    ["fullwidth", 7],
    ["spaces", 3],
    ["intl", 2],
    ["choon", 3],
  ] as const);
}

export function writePhone(digits: string, style: PhoneStyle): string {
  const area =
    digits.startsWith("0") && digits.length === 11 ? 3 : digits.startsWith("03") || digits.startsWith("06") ? 2 : 3;
  const parts = [digits.slice(0, area), digits.slice(area, digits.length - 4), digits.slice(-4)];
  switch (style) {
    case "hyphen":
      return parts.join("-");
    case "digits":
      return digits;
    case "fullwidth":
      return parts.join("－").replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case "spaces":
      return parts.join(" ");
    case "intl":
      return `+81 ${parts[0]?.slice(1)}-${parts[1]}-${parts[2]}`;
    case "choon":
      return parts.join("ー");
  }
}

const CARRIER = ["docomo.ne.jp", "ezweb.ne.jp", "au.com", "softbank.ne.jp", "i.softbank.jp", "ymobile.ne.jp"];

/** A mobile carrier's mailbox: lost with the contract when the customer changes carrier. */
export const isCarrierMail = (email: string) => CARRIER.includes(email.slice(email.lastIndexOf("@") + 1));
const ISP = ["nifty.com", "biglobe.ne.jp", "ocn.ne.jp", "plala.or.jp", "so-net.ne.jp", "jcom.home.ne.jp"];
const WEBMAIL = ["icloud.com", "outlook.jp", "hotmail.co.jp", "outlook.com"];
// Japanese throwaway services (kuku.lu family and others) and the international classics.
export const DISPOSABLE = [
  "eay.jp",
  "via.tokyo.jp",
  "svk.jp",
  "ruru.be",
  "tapi.re",
  "fuwamofu.com",
  "usako.net",
  "mbox.re",
  "ichigo.me",
  "yopmail.com",
  "mailinator.com",
  "guerrillamail.com",
];
const WORDS = ["love", "happy", "star", "blue", "sky", "cat", "neko", "inu", "sakura", "kuma", "ninja", "pooh"];

/** The local part people pick: romaji name pieces, birth years, pet words. */
function localPart(rng: Rng, surnameKana: string, givenKana: string): string {
  const s = romajiOf(surnameKana);
  const g = romajiOf(givenKana);
  const year = String(rng.int(1960, 2008));
  return rng.weighted([
    [`${g}.${s}`, 18],
    [`${g}${s}`, 12],
    [`${s}.${g}`, 10],
    [`${g}${year.slice(2)}`, 10],
    [`${s}${g[0] ?? ""}${rng.int(1, 999)}`, 10],
    [`${g}_${rng.pick(WORDS)}`, 8],
    [`${rng.pick(WORDS)}-${g}${rng.int(1, 99)}`, 8],
    [`${g[0] ?? ""}${s}${year}`, 8],
    [`${rng.pick(WORDS)}${rng.pick(WORDS)}${rng.int(10, 9999)}`, 16],
  ] as const);
}

export type EmailKind = "gmail" | "yahoo" | "carrier" | "isp" | "webmail" | "disposable";

export function newEmail(rng: Rng, surnameKana: string, givenKana: string, kind?: EmailKind): string {
  const k =
    kind ??
    rng.weighted([
      ["gmail", 34],
      ["yahoo", 20],
      ["carrier", 20],
      ["webmail", 14],
      ["isp", 8],
      ["disposable", 0],
    ] as const);
  let local = localPart(rng, surnameKana, givenKana);
  // On yahoo.co.jp, base-keyword is a セーフティーアドレス: the base name is one person's, so every
  // base-keyword address reaches that one mailbox and no stranger can hold star-kenta80 beside
  // someone's star-osamu11. A mailbox of one's own writes the word and the name apart some other way.
  if (k === "yahoo") local = local.replace(/-/g, "_");
  if (k === "carrier" && rng.chance(0.06)) {
    // Pre-2009 carrier addresses with ".." or a dot before "@" are still in use.
    local = rng.chance(0.5) ? local.replace(/\./, "..") : `${local}.`;
  }
  const domain =
    k === "gmail"
      ? "gmail.com"
      : k === "yahoo"
        ? "yahoo.co.jp"
        : k === "carrier"
          ? rng.pick(CARRIER)
          : k === "isp"
            ? rng.pick(ISP)
            : k === "webmail"
              ? rng.pick(WEBMAIL)
              : rng.pick(DISPOSABLE);
  return `${local}@${domain}`;
}

/** A second address of the same mailbox: Gmail dots and +tags, Yahoo! セーフティーアドレス. */
export function aliasEmail(rng: Rng, email: string): string {
  const [local = "", domain = ""] = email.split("@");
  if (domain === "gmail.com") {
    if (rng.chance(0.5)) return `${local}+${rng.pick(["shop", "amz", "a", "2", rng.id(3).toLowerCase()])}@${domain}`;
    const bare = local.replace(/\./g, "");
    const i = rng.int(1, Math.max(1, bare.length - 1));
    return `${bare.slice(0, i)}.${bare.slice(i)}@${domain}`;
  }
  if (domain === "yahoo.co.jp")
    return `${local.replace(/[.-].*$/, "")}-${rng.pick(["shop", "net", "buy", "x"])}@${domain}`;
  return `${local}${rng.int(1, 99)}@${domain}`;
}

/** The mailbox's address under a tag of one's choosing: local+tag on Gmail, base-tag on Yahoo! JAPAN. */
export function mailboxTag(email: string, tag: string): string {
  const [local = "", domain = ""] = email.split("@");
  if (domain === "yahoo.co.jp") return `${local.replace(/-.*$/, "")}-${tag}@${domain}`;
  return `${local}+${tag}@${domain}`;
}

/** A case change: people capitalise the first letter on phones, the mailbox is the same. */
export const capitalised = (email: string) => email.charAt(0).toUpperCase() + email.slice(1);
