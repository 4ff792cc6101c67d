import { createHmac } from "node:crypto";
import type { OrderIdentity } from "./identity.js";

// What an order can be linked by. Strong identifiers join orders into one group on their own;
// a corroborated one joins only beside the same place (facts.ts, isLink): a device fingerprint,
// since identical phones of one model share it; weak ones (many people share them: a model of
// PC, an office IP, a building) only add evidence. `machineArea` is a weak one made strong by
// narrowing it: one machine's hardware shipping into one city. Strangers with one popular model
// in one city share it too, and then it is a hub (shared by too many accounts) and joins nobody;
// a reseller's PC sending ring members' orders to their doors across one city is seen by no one
// else.

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
} as const;
export type IdentifierKind = keyof typeof IDENTIFIER_KINDS;

/** How reasons name each kind of identifier to a reviewer. */
export const IDENTIFIER_WORDS: Record<IdentifierKind, { ja: string; en: string }> = {
  account: { ja: "アカウント", en: "customer account" },
  device: { ja: "端末", en: "device" },
  visitor: { ja: "ブラウザ", en: "browser" },
  email: { ja: "メールアドレス", en: "e-mail address" },
  phone: { ja: "電話番号", en: "phone number" },
  card: { ja: "カード", en: "card" },
  shippingAddress: { ja: "配送先", en: "shipping address" },
  billingAddress: { ja: "請求先", en: "billing address" },
  household: { ja: "住所", en: "address" },
  building: { ja: "建物", en: "building" },
  hardware: { ja: "ハードウェア", en: "hardware" },
  ip: { ja: "IP アドレス", en: "IP address" },
  machineArea: { ja: "同じ市区町村に届ける同じハードウェア", en: "hardware shipping to the same city" },
};
export const isStrong = (kind: IdentifierKind) => IDENTIFIER_KINDS[kind] === "strong";

export interface Identifier {
  kind: IdentifierKind;
  /** HMAC of the raw key with the server secret. */
  value: string;
}

export interface DeviceIds {
  deviceId: string;
  hardwareId: string;
  visitorId: string;
}

/** A keyed hash: links survive erasure, and the stored value reveals nothing without the secret. */
export const keyed = (secret: string, kind: string, raw: string) =>
  createHmac("sha256", secret).update(`${kind}\u0000${raw}`).digest("base64url").slice(0, 32);

export function getIdentifiers(
  secret: string,
  input: { customerId?: string | undefined; ip?: string | null | undefined },
  identity: OrderIdentity,
  device: DeviceIds | null,
): Identifier[] {
  const raw: Array<[IdentifierKind, string | null | undefined]> = [
    ["account", input.customerId],
    ["device", device?.deviceId],
    ["visitor", device?.visitorId],
    ["hardware", device?.hardwareId],
    ["email", identity.email?.valid ? identity.email.linkKey : null],
    ...identity.phones.map((p): [IdentifierKind, string | null] => ["phone", p.e164]),
    ["card", identity.card.key],
    ["shippingAddress", unitOf(identity.shippingAddress)],
    ["billingAddress", unitOf(identity.billingAddress)],
    ["household", identity.shippingAddress?.level ? identity.shippingAddress.householdKey : null],
    [
      "building",
      identity.shippingAddress?.buildingKey
        ? `${identity.shippingAddress.householdKey}|${identity.shippingAddress.buildingKey}`
        : null,
    ],
    ["ip", input.ip],
    ["machineArea", machineAreaOf(device, identity.shippingAddress)],
  ];
  const seen = new Set<string>();
  const out: Identifier[] = [];
  for (const [kind, value] of raw) {
    if (!value) continue;
    const hashed = keyed(secret, kind, value);
    if (seen.has(`${kind}:${hashed}`)) continue;
    seen.add(`${kind}:${hashed}`);
    out.push({ kind, value: hashed });
  }
  return out;
}

/** The hardware id and the city it ships to; null unless both are known. */
function machineAreaOf(device: DeviceIds | null, address: OrderIdentity["shippingAddress"]): string | null {
  if (!device?.hardwareId || !address?.prefecture || !address.city) return null;
  return `${device.hardwareId}|${address.prefecture}|${address.city}`;
}

/** An address only links when it names a place precisely enough: a town and a block number at least. */
function unitOf(address: OrderIdentity["shippingAddress"]): string | null {
  if (!address || address.level < 2 || !address.block) return null;
  return address.unitKey;
}
