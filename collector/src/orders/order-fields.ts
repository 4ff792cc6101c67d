import type { OrderRequest } from "@shinsa/shared";
import { normalizeAddress } from "../normalize/address.js";
import { normalizeEmail } from "../normalize/email.js";
import { checkFurigana } from "../normalize/furigana.js";
import { kanaKey } from "../normalize/kana.js";
import { nameKey } from "../normalize/name.js";
import { normalizePhone } from "../normalize/phone.js";

/** A field of the order as sent, beside the form scoring compared, and a word on how they fit. */
export interface OrderField {
  field: string;
  party: "billing" | "shipping" | "customer" | "payment" | "order";
  asSent: string;
  normalised: string;
  /** A short fact the reviewer would otherwise work out: `furigana:no_fit`, `postal:mismatch`. */
  note: string | null;
}

/**
 * What a reviewer compares by eye — name with furigana and card holder, billing with shipping,
 * postal code with address — with the normalised forms scoring linked on, so "why are these two
 * the same address?" has its answer on the page.
 */
export function orderFields(request: OrderRequest): OrderField[] {
  const rows: OrderField[] = [];
  const add = (
    party: OrderField["party"],
    field: string,
    asSent: string | undefined,
    normalised: string,
    note: string | null = null,
  ) => {
    if (asSent) rows.push({ party, field, asSent, normalised, note });
  };
  for (const party of ["billing", "shipping"] as const) {
    const p = request[party];
    if (!p) continue;
    add(party, "name", p.name, p.name ? nameKey(p.name) : "");
    add(
      party,
      "furigana",
      p.nameKana,
      p.nameKana ? kanaKey(p.nameKana) : "",
      p.name && p.nameKana ? `furigana:${checkFurigana(p.name, p.nameKana)}` : null,
    );
    const phone = p.phone ? normalizePhone(p.phone) : null;
    add(party, "phone", p.phone, phone?.e164 ?? "", phone ? `phone:${phone.type}` : null);
    add(party, "email", p.email, p.email ? normalizeEmail(p.email).canonical : "");
    if (p.address || p.postalCode) {
      const address = normalizeAddress({ postalCode: p.postalCode, address: p.address ?? "" });
      add(party, "postalCode", p.postalCode, address.postalCode ?? "", `postal:${address.postalMatch}`);
      add(party, "address", p.address, address.unitKey, address.unitConfident ? null : "unit:guessed");
    }
  }
  const email = request.customer?.email;
  if (email) {
    const e = normalizeEmail(email);
    add("customer", "email", email, e.canonical, `email:${e.class}`);
  }
  add("customer", "customerId", request.customer?.id, request.customer?.id ?? "");
  const holder = request.payment?.cardHolder;
  add("payment", "cardHolder", holder, holder ? nameKey(holder) : "");
  add("order", "ip", request.ip, request.ip ?? "");
  return rows;
}
