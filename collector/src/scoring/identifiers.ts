import type { Signals } from "@shinsa/shared";
import { type Identifier, type IdentifierKind, keyed } from "../lib/identifier.js";
import { getLinkableUnitKey } from "../normalize/index.js";
import type { DropKey } from "./facts/drop-burst-facts.js";
import { isHandheld } from "./handheld.js";
import type { OrderIdentity } from "./identity.js";

// The identifiers of one order, each keyed with the server secret: what links it to other orders
// (lib/identifier.ts says what each kind is worth).

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
  nameArea: { ja: "同じ市区町村の同じ読みの名前", en: "a name of the same reading in the same city" },
  siteCategory: { ja: "転売対象カテゴリ", en: "resale-target category" },
  areaCategory: { ja: "同じ市区町村への転売対象カテゴリ", en: "resale-target category into the same city" },
};

export interface DeviceIds {
  deviceId: string;
  hardwareId: string;
  visitorId: string;
  /** What the token's page reported: tells a phone, whose model many people own, from a PC. */
  signals?: Signals;
}

export function getIdentifiers(
  secret: string,
  input: {
    customerId?: string | undefined;
    ip?: string | null | undefined;
    /** The order's resale-target categories, keyed once by the caller (getDropKeys). */
    drops?: readonly DropKey[];
  },
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
    ...nameAreasOf(identity).map((v): [IdentifierKind, string] => ["nameArea", v]),
  ];
  const drops = (input.drops ?? []).flatMap((d) => [
    { kind: "siteCategory" as const, value: d.site },
    ...(d.area ? [{ kind: "areaCategory" as const, value: d.area }] : []),
  ]);
  const seen = new Set<string>();
  const out: Identifier[] = [];
  for (const [kind, value] of raw) {
    if (!value) continue;
    const hashed = keyed(secret, kind, value);
    if (seen.has(`${kind}:${hashed}`)) continue;
    seen.add(`${kind}:${hashed}`);
    out.push({ kind, value: hashed });
  }
  return [...out, ...drops];
}

/**
 * Each resale-target category of the order, keyed for the whole site and for the city it ships to:
 * what a launch-day burst is counted by (facts/drop-burst-facts.ts). The category is kept in clear
 * beside its keys, for the reason's words.
 */
export function getDropKeys(secret: string, categories: readonly string[], identity: OrderIdentity): DropKey[] {
  const city = cityOf(identity.shippingAddress);
  return [...new Set(categories)].map((category) => ({
    category,
    site: keyed(secret, "siteCategory", category),
    area: city ? keyed(secret, "areaCategory", `${category}|${city}`) : null,
  }));
}

/** The order's own keys as its identifier rows carry them: its account, its buyer's name and family surname. */
export function getOrderKeys(secret: string, customerId: string | undefined, identity: OrderIdentity) {
  return {
    customerKey: customerId ? keyed(secret, "account", customerId) : null,
    personKey: identity.personKey ? keyed(secret, "person", identity.personKey) : null,
    surnameKey: identity.surnameKey ? keyed(secret, "surname", identity.surnameKey) : null,
  };
}

/**
 * The hardware id and the city it ships to; null unless both are known, and for a phone or tablet:
 * every unit of one model on one OS version is the same hardware, so thousands of strangers in a
 * city share it, and it is no machine of anyone's.
 */
function machineAreaOf(device: DeviceIds | null, address: OrderIdentity["shippingAddress"]): string | null {
  if (!device?.hardwareId || !address?.prefecture || !address.city) return null;
  if (device.signals && isHandheld(device.signals)) return null;
  return `${device.hardwareId}|${address.prefecture}|${address.city}`;
}

/**
 * How many readings of a name without furigana are keyed: each is one more look-up in the history
 * read. The hand table lists the commonest reading first, and a name with furigana has only one.
 */
const NAME_READINGS_KEYED = 4;

/** Each reading of the buyer's name with the city of the buyer's own door (billing, else shipping). */
function nameAreasOf(identity: OrderIdentity): string[] {
  const city = cityOf(identity.billingAddress ?? identity.shippingAddress);
  if (!city) return [];
  return identity.nameReadings.slice(0, NAME_READINGS_KEYED).map((reading) => `${reading}|${city}`);
}

const cityOf = (address: OrderIdentity["shippingAddress"]) =>
  address?.prefecture && address.city ? `${address.prefecture}|${address.city}` : null;

/**
 * An address only links strongly when it names a door precisely and surely: a town and a block at
 * least, and a unit the parser did not have to guess (a bare 101 after 1-3 may be the 号, not a room).
 */
function unitOf(address: OrderIdentity["shippingAddress"]): string | null {
  return address ? getLinkableUnitKey(address) : null;
}
