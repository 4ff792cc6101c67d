import { createHmac } from "node:crypto";

// What an order can be linked by, shared by scoring (which links orders) and the device look-up
// (which reports a device's history). Strong identifiers join orders into one group on their own;
// a corroborated one joins only beside the same place (scoring/facts/links.ts, isLink): a device
// fingerprint, since identical phones of one model share it; weak ones (many people share them: a
// model of PC, an office IP, a building) only add evidence. `machineArea` is a weak one made strong
// by narrowing it: one machine's hardware shipping into one city. Strangers with one popular model
// in one city share it too, and then it is a hub (shared by too many accounts) and joins nobody; a
// reseller's PC sending ring members' orders to their doors across one city is seen by no one else.
// `nameArea` is the buyer's name as read (kana) and the city of the buyer's door: one person's
// accounts under the name in kanji on one and in kana, or in other kanji of one reading, on the next
// (名寄せ). Namesakes in a big ward share it too, so it links only two orders that both buy resale
// targets within a week (scoring/facts/link-facts.ts, isLink).
// Context kinds link nobody: a resale-target category bought on the site, and the same into one
// city. They are read to tell a ring's launch-day burst into one city from the site's usual
// spread of buyers (scoring/facts/drop-burst-facts.ts).

export const IDENTIFIER_KINDS = {
  account: "strong",
  device: "corroborated",
  visitor: "strong",
  email: "strong",
  phone: "strong",
  card: "strong",
  shippingAddress: "strong",
  billingAddress: "strong",
  household: "weak",
  building: "weak",
  hardware: "weak",
  ip: "weak",
  machineArea: "strong",
  nameArea: "weak",
  siteCategory: "context",
  areaCategory: "context",
} as const;
export type IdentifierKind = keyof typeof IDENTIFIER_KINDS;

export const isStrong = (kind: IdentifierKind) => IDENTIFIER_KINDS[kind] === "strong";

/** Kinds that tie no order to another: a reviewer's view of links leaves them out. */
export const CONTEXT_KINDS: IdentifierKind[] = (Object.keys(IDENTIFIER_KINDS) as IdentifierKind[]).filter(
  (k) => IDENTIFIER_KINDS[k] === "context",
);
export const isContext = (kind: IdentifierKind) => IDENTIFIER_KINDS[kind] === "context";

export interface Identifier {
  kind: IdentifierKind;
  /** HMAC of the raw key with the server secret. */
  value: string;
}

/** A keyed hash: links survive erasure, and the stored value reveals nothing without the secret. */
export const keyed = (secret: string, kind: string, raw: string) =>
  createHmac("sha256", secret).update(`${kind}\u0000${raw}`).digest("base64url").slice(0, 32);
