import type { FeedbackRequest, OrderRequest } from "@shinsa/shared";
import { type AddressHabit, newHabit, type WrittenAddress, writeAddress } from "./address-writing.js";
import type { Card, Item } from "./catalog.js";
import { type PhoneStyle, writePhone } from "./contact.js";
import type { DeviceProfile } from "./devices.js";
import type { Home } from "./jp-addresses.js";
import { type JpName, writeCardHolder, writeKana, writeName } from "./jp-names.js";
import { createRng, type Rng } from "./prng.js";

// What every kind of customer shares: how a person's details become the parties of an order.

export const TRUTH_KINDS = [
  "legit",
  "family",
  "device_collision",
  "stolen_card",
  "resale_ring",
  "deferred_fraud",
  "multi_account",
  // One person's new accounts posing as a family (a relative's name on each, the one mailbox under
  // tags): made by the multi-account builder for one taker in three, not a share of its own.
  "posing_family",
  "account_takeover",
  "regular_gift",
  "neighbour",
  "pickup",
  "release_crowd",
  // The owner of a taken-over account, shopping as before after the stranger's orders: made by the
  // takeover builder, not a share of the mix of its own.
  "takeover_victim",
  // An honest customer who changed mobile carrier, lost the carrier mailbox the account was made
  // with, and signed up again: the new account's orders. Made by the legit builder.
  "carrier_switch",
] as const;
export type TruthKind = (typeof TRUTH_KINDS)[number];
/** The kinds the stream is mixed from, each by its own builder. */
export type MixedKind = Exclude<TruthKind, "takeover_victim" | "posing_family" | "carrier_switch">;

export interface Truth {
  kind: TruthKind;
  personId: string;
  /** One resale ring or one fraud operation: the orders a ring detector should group. */
  ringId?: string;
  /** The family the person lives with: one household may share one mailbox, each member under a tag. */
  household?: string;
  fraud: boolean;
}

/** An order before it has its place in the stream. */
export interface Draft {
  at: number;
  request: Omit<OrderRequest, "orderId">;
  device?: DeviceProfile;
  truth: Truth;
  /** Feedback the merchant will give, and how long after the order it arrives. */
  label?: { afterMs: number; label: FeedbackRequest["label"] };
}

export type Party = NonNullable<OrderRequest["billing"]>;
export type Payment = NonNullable<OrderRequest["payment"]>;
export type ThreeDs = Payment["threeDSecure"];

/** How one person writes themselves into forms; a browser's autofill keeps it stable. */
export interface Writing {
  name: string;
  kana: string | undefined;
  habit: AddressHabit;
  phoneStyle: PhoneStyle;
}

export function newWriting(rng: Rng, name: JpName, phoneStyle: PhoneStyle): Writing {
  return { name: writeName(rng, name), kana: writeKana(rng, name), habit: newHabit(rng), phoneStyle };
}

export function party(rng: Rng, w: Writing, home: Home, phone: string | undefined, messy = false): Party {
  const written: WrittenAddress = writeAddress(rng, home, w.habit, messy);
  return {
    name: w.name,
    ...(w.kana !== undefined && { nameKana: w.kana }),
    ...(written.postalCode !== undefined && { postalCode: written.postalCode }),
    address: written.address,
    ...(phone !== undefined && { phone: writePhone(phone, w.phoneStyle) }),
    country: "JP",
  };
}

export const DAY = 86_400_000;
export const HOUR = 3_600_000;

// Share of orders per JST hour in Japanese e-commerce: quiet nights, lunch and late-evening peaks.
const HOURS = [3, 2, 1, 0.6, 0.4, 0.5, 1, 2, 3, 4, 4.5, 5, 6, 5.5, 5, 5, 5, 5, 5.5, 6, 7, 8, 8, 6] as const;

/** A time on the given day (0-based from the stream start), at a JST hour drawn from real shopping hours. */
export function shoppingTime(rng: Rng, start: number, day: number, anyHour = false): number {
  const hour = anyHour ? rng.int(0, 23) : rng.weighted(HOURS.map((w, h) => [h, w] as const));
  return start + day * DAY + hour * HOUR + rng.int(0, HOUR - 1);
}

/** ISO-8601 in JST, as a Japanese shop's server writes it. */
export function isoJst(ms: number): string {
  return `${new Date(ms + 9 * HOUR).toISOString().slice(0, 19)}+09:00`;
}

export interface Line {
  item: Item;
  quantity: number;
}

export function itemsOf(lines: Line[]): { items: OrderRequest["items"]; amount: number } {
  const total = lines.reduce((s, l) => s + l.item.unitPrice * l.quantity, 0);
  const shippingFee = total >= 5000 ? 0 : 550;
  return {
    items: lines.map((l) => ({
      sku: l.item.sku,
      name: l.item.name,
      category: l.item.category,
      quantity: l.quantity,
      unitPrice: l.item.unitPrice,
    })),
    amount: total + shippingFee,
  };
}

const cardSeed = (card: Card, name: JpName) =>
  [...`${card.bin}${card.last4}${name.given.kana}`].reduce(
    (h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0,
    2166136261,
  );

export function cardPayment(card: Card, holder: JpName | string, threeDs: ThreeDs | undefined): Payment {
  return {
    method: "card",
    cardBin: card.bin,
    cardLast4: card.last4,
    // A card's holder name is typed the same way each time (or autofilled): derive it from the card.
    cardHolder: typeof holder === "string" ? holder : writeCardHolder(createRng(cardSeed(card, holder)), holder),
    ...(threeDs !== undefined && { threeDSecure: threeDs }),
  };
}
