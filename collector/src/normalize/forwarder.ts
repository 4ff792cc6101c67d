import { foldCharacters } from "./itaiji.js";

/**
 * Signs that a parcel goes to a forwarder (転送業者), a pick-up point or somebody else's door.
 * Each is a hint for the scoring rules, never a verdict: 様方 is also how lodgers are addressed.
 */
export type ForwarderHint =
  | "customer_code"
  | "post_office_hold"
  | "carrier_depot_hold"
  | "po_box"
  | "care_of"
  | "convenience_store_pickup"
  | "locker_pickup";

/** A counter or locker where the buyer collects the parcel: not a hold for someone, not a forwarder. */
export const isPickUpPoint = (hint: ForwarderHint) => hint === "convenience_store_pickup" || hint === "locker_pickup";

/** A parcel held at a post office or a carrier's depot for its addressee to collect. */
export const isHoldForPickup = (hint: ForwarderHint) => hint === "post_office_hold" || hint === "carrier_depot_hold";

const KEYWORDS: readonly [ForwarderHint, RegExp][] = [
  ["post_office_hold", /局留|局止|郵便局留|郵便局止/],
  ["carrier_depot_hold", /(営業所|センター|センタ|デポ|支店)(止|留)め?|(止|留)め置き/],
  ["po_box", /私書箱|P\.?\s?O\.?\s?BOX/i],
  ["care_of", /様方|気付|c\/o/i],
  [
    "convenience_store_pickup",
    /コンビニ(受取|受け取り|留め|止め)|(セブン.?イレブン|ファミリーマート|ファミマ|ローソン|ミニストップ|デイリーヤマザキ|セイコーマート|ポプラ).*(受取|受け取り|店頭|店)/,
  ],
  // Parcel lockers: PUDO, Amazon Hub, 日本郵便 はこぽす, and the words for any other.
  ["locker_pickup", /PUDO|Amazon\s?Hub|はこぽす|宅配(便)?ロッカー|受取ロッカー/i],
];

/**
 * A forwarder's customer code appended to its warehouse address ("2-5-1 LYF2266455", "JP12345",
 * "ABC-12345"): Latin letters followed by at least four digits. Room numbers are shorter.
 */
export const CUSTOMER_CODE = /(?<![A-Z0-9])[A-Z]{2,5}-?\d{4,}(?![0-9])/gi;

/**
 * Hints found in the whole address text, and the forwarder's customer code when there is one
 * (upper case, no hyphen): the customer's own box at the warehouse, which address.ts puts at the
 * end of the unit key. One fold and one match serve both.
 */
export function readForwarder(address: string): { hints: ForwarderHint[]; customerCode: string | null } {
  const text = foldCharacters(address);
  const hints: ForwarderHint[] = [];
  const code = text.match(CUSTOMER_CODE)?.[0];
  if (code) hints.push("customer_code");
  for (const [hint, pattern] of KEYWORDS) {
    if (pattern.test(text)) hints.push(hint);
  }
  return { hints, customerCode: code ? code.toUpperCase().replace(/-/g, "") : null };
}

/** Hints found in the whole address text. */
export const findForwarderHints = (address: string): ForwarderHint[] => readForwarder(address).hints;
