import type { Order } from "@shinsa/shared";
import { type Identifier, type IdentifierKind, keyed } from "../lib/identifier.js";
import { isKanaOnly, kanaKey } from "../normalize/index.js";
import { getIdentifiers, getOrderKeys } from "../scoring/identifiers.js";
import { buyerOf, getOrderIdentity } from "../scoring/identity.js";

// How the order list's `q` finds orders without reading their requests: the text is keyed the
// way scoring keys an order's identifiers, by scoring's own functions, then looked up in the
// indexes those keys already fill. A query that is an e-mail, a phone, a name or an address in
// any spelling lands on the key the stored order got, because both went through one normaliser.

/** Identifier kinds a person searches by; weak ones (a building, an IP) would find strangers. */
const SEARCHED: IdentifierKind[] = ["account", "device", "email", "phone", "shippingAddress", "billingAddress"];

export interface SearchKeys {
  /** The text itself: an order id or a ring id. */
  text: string;
  customerKey: string;
  identifiers: Identifier[];
  /** The buyer's name as scoring keys it: kanji (or any script) and kana-only spellings. */
  personKeys: string[];
  /** The reading in kana (orders.kana_key), when the text is kana. */
  kanaKey: string | null;
}

/** The buyer's reading in kana, keyed: `nameKana`, or the name when it is written in kana only. */
export function getKanaKey(secret: string, order: Pick<Order, "billing" | "shipping">): string | null {
  const buyer = buyerOf(order);
  const reading = buyer?.nameKana?.trim() || (buyer?.name && isKanaOnly(buyer.name) ? buyer.name : "");
  const key = reading ? kanaKey(reading) : "";
  return key ? keyed(secret, "personKana", key) : null;
}

/** A leading postal code (`〒100-0013 東京都…`) is read as one, as a checkout form sends it. */
const POSTAL = /^〒?\s*(\d{3}-?\d{4})[\s\u3000]+(.+)$/;

/** Every key the text could be, each read as the field it would have been sent in. */
export function getSearchKeys(secret: string, q: string): SearchKeys {
  const text = q.trim();
  const postal = POSTAL.exec(text);
  const place = { address: postal?.[2] ?? text, postalCode: postal?.[1] };
  const asOrder: Order = {
    orderId: text,
    customer: { id: text, email: text },
    billing: { ...place, name: text, phone: text },
    shipping: place,
  };
  const device = { deviceId: text, hardwareId: "", visitorId: "" };
  const identity = getOrderIdentity(asOrder);
  const identifiers = getIdentifiers(secret, { customerId: text }, identity, device).filter((i) =>
    SEARCHED.includes(i.kind),
  );
  const asKana = getOrderIdentity({ orderId: text, billing: { nameKana: text } });
  const personKeys = [identity, asKana]
    .map((id) => getOrderKeys(secret, undefined, id).personKey)
    .filter((k): k is string => k !== null);
  return {
    text,
    customerKey: keyed(secret, "account", text),
    identifiers,
    personKeys: [...new Set(personKeys)],
    kanaKey: isKanaOnly(text) ? getKanaKey(secret, { billing: { nameKana: text } }) : null,
  };
}
