import type { Order } from "@shinsa/shared";
import {
  checkFurigana,
  type FuriganaFit,
  getCardKey,
  getNameReadings,
  type HolderMatch,
  holderMatchesName,
  isKanaOnly,
  kanaKey,
  type NormalizedAddress,
  type NormalizedEmail,
  type NormalizedPhone,
  nameKey,
  normalizeAddress,
  normalizeEmail,
  normalizePhone,
  splitName,
} from "../normalize/index.js";
import { SURNAME_READINGS } from "../normalize/name-readings.js";
import { isForeignName } from "./foreign-name.js";

/** The order's people, places and means of payment, each folded to comparable keys. */
export interface OrderIdentity {
  /** Folded full name of the buyer (billing, else shipping), or its kana; null without either. */
  personKey: string | null;
  /** Folded surname, when it can be told: tells a family from strangers at one address (null for a foreign-written name). */
  surnameKey: string | null;
  shippingPersonKey: string | null;
  shippingSurnameKey: string | null;
  billingAddress: NormalizedAddress | null;
  shippingAddress: NormalizedAddress | null;
  /** Billing and shipping are different doors (a gift, or a drop address). */
  shipsElsewhere: boolean;
  email: NormalizedEmail | null;
  phones: NormalizedPhone[];
  card: { key: string | null; bin: string | null; last4: string | null };
  holderMatch: HolderMatch;
  furigana: FuriganaFit;
  /**
   * How the buyer's name is read, in kana: the furigana as written, the name itself when written in
   * kana, else the candidate readings of a kanji name from the table of common names (empty when
   * unknown). One person writes 鈴木京子 on one account and すずき きょうこ on the next; both read スズキキョウコ.
   */
  nameReadings: string[];
}

const addressOf = (party: Order["billing"]) =>
  party?.address ? normalizeAddress({ address: party.address, postalCode: party.postalCode ?? null }) : null;

/** The surname of a name: before the space when written with one, else the longest known surname it starts with. */
export function getSurnameKey(name: string | undefined, nameKana: string | undefined): string | null {
  if (name) {
    const split = splitName(name);
    if (split) return nameKey(split[0]);
    const key = nameKey(name);
    for (let length = Math.min(4, key.length - 1); length >= 1; length--) {
      if (SURNAME_READINGS.has(key.slice(0, length))) return key.slice(0, length);
    }
  }
  const kanaSplit = nameKana ? nameKana.trim().split(/[\s\u3000]+/) : [];
  if (kanaSplit.length === 2 && kanaSplit[0]) return `kana:${kanaKey(kanaSplit[0])}`;
  // Kana in one run (サカモトミナト, or さかもとみなと in the name field): the longest known surname
  // reading it starts with.
  const run = kanaKey(nameKana?.trim() || (name && isKanaOnly(name) ? name : ""));
  for (let length = Math.min(6, run.length - 1); length >= 2; length--) {
    if (knownSurnameKana().has(run.slice(0, length))) return `kana:${run.slice(0, length)}`;
  }
  return null;
}

let surnameKana: ReadonlySet<string> | null = null;
const knownSurnameKana = () => {
  surnameKana ??= new Set([...SURNAME_READINGS.values()].flat().map(kanaKey));
  return surnameKana;
};

/**
 * The surname that tells a family from strangers, or null. A name written the way foreign residents
 * write theirs (foreign-name.ts) has none here: it stands outside the one-surname-per-family rule,
 * so it says nothing about kinship, and a Latin name's order (JOHN SMITH, SMITH JOHN) varies.
 */
function getFamilySurnameKey(name: string | undefined, nameKana: string | undefined): string | null {
  const surnameKey = getSurnameKey(name, nameKana);
  return isForeignName({ personKey: getPersonKey(name, nameKana), surnameKey }) ? null : surnameKey;
}

export function getPersonKey(name: string | undefined, nameKana: string | undefined): string | null {
  if (name?.trim()) return nameKey(name);
  if (nameKana?.trim()) return `kana:${kanaKey(nameKana)}`;
  return null;
}

/** Who bought: the billing party when it carries a name or its reading, else the shipping party. */
export const buyerOf = (order: Pick<Order, "billing" | "shipping">) =>
  order.billing?.name || order.billing?.nameKana ? order.billing : order.shipping;

export function getOrderIdentity(order: Order): OrderIdentity {
  const buyer = buyerOf(order);
  const billingAddress = addressOf(order.billing);
  const shippingAddress = addressOf(order.shipping) ?? billingAddress;
  const email = order.customer?.email ?? order.billing?.email ?? order.shipping?.email;
  const phones = [order.billing?.phone, order.shipping?.phone]
    .filter((p): p is string => Boolean(p))
    .map((p) => normalizePhone(p));
  const card = getCardKey({
    bin: order.payment?.cardBin ?? null,
    last4: order.payment?.cardLast4 ?? null,
    holder: order.payment?.cardHolder ?? null,
  });
  return {
    personKey: getPersonKey(buyer?.name, buyer?.nameKana),
    surnameKey: getFamilySurnameKey(buyer?.name, buyer?.nameKana),
    shippingPersonKey: getPersonKey(order.shipping?.name, order.shipping?.nameKana),
    shippingSurnameKey: getFamilySurnameKey(order.shipping?.name, order.shipping?.nameKana),
    billingAddress,
    shippingAddress,
    shipsElsewhere: Boolean(
      billingAddress && shippingAddress && billingAddress.householdKey !== shippingAddress.householdKey,
    ),
    email: email ? normalizeEmail(email) : null,
    phones,
    card: { key: card.key, bin: card.bin, last4: card.last4 },
    holderMatch: holderMatchesName(order.payment?.cardHolder, order.billing?.nameKana, order.billing?.name),
    furigana: checkFurigana(buyer?.name, buyer?.nameKana),
    nameReadings: getReadingKeys(buyer?.name, buyer?.nameKana),
  };
}

/** The buyer's name as read (OrderIdentity.nameReadings), each as a kana key. */
export function getReadingKeys(name: string | undefined, nameKana: string | undefined): string[] {
  if (nameKana?.trim() && isKanaOnly(nameKana)) return [kanaKey(nameKana)];
  if (!name?.trim()) return [];
  if (isKanaOnly(name)) return [kanaKey(name)];
  return [...new Set(getNameReadings(name).full.map(kanaKey))];
}
