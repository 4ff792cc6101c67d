import type { Order } from "@shinsa/shared";
import type { Db } from "../db/client.js";
import { deleteManualEntry, readManualEntries, writeManualEntries } from "../db/queries/manual-list.js";
import { ApiError, notFound } from "../lib/api-error.js";
import { normalizeAddress } from "../normalize/address.js";
import { getIdentifiers } from "../scoring/identifiers.js";
import { getOrderIdentity } from "../scoring/identity.js";

export const LISTS = ["deny", "allow"] as const;
export const LIST_FIELDS = ["email", "phone", "address"] as const;
export type ListField = (typeof LIST_FIELDS)[number];

// Each field as an order would carry it, and the identifier kinds scoring would key from it: a
// value typed here lands on the very key a later order gets, in any spelling.
const AS_ORDER: Record<ListField, { order: (text: string) => Order; kinds: string[] }> = {
  email: { order: (text) => ({ orderId: "list", customer: { email: text } }), kinds: ["email"] },
  phone: { order: (text) => ({ orderId: "list", billing: { phone: text } }), kinds: ["phone"] },
  address: {
    order: (text) => ({ orderId: "list", billing: { address: text }, shipping: { address: text } }),
    kinds: ["shippingAddress", "billingAddress"],
  },
};

/**
 * What the list shows instead of the value: only keyed hashes are stored, so the merchant sees a
 * hint that recognises the entry without the list holding personal data.
 */
function hintOf(field: ListField, text: string): string {
  const t = text.trim();
  if (field === "email") return t.replace(/^(.).*(@.*)$/, "$1***$2");
  if (field === "phone") return `***${t.replace(/\D/g, "").slice(-4)}`;
  const a = normalizeAddress(t);
  return `${a.prefecture ?? ""}${a.city ?? ""}${a.town ?? ""}…`;
}

/** Puts an e-mail, a phone or an address on the site's negative (deny) or allow list by hand. */
export async function addToList(
  deps: { db: Db; secret: string },
  siteId: string,
  list: string,
  field: string,
  text: string,
) {
  if (!LISTS.includes(list as (typeof LISTS)[number]))
    throw new ApiError(400, "invalid_list", `list: one of ${LISTS.join(", ")}`);
  const shape = AS_ORDER[field as ListField];
  if (!shape) throw new ApiError(400, "invalid_field", `field: one of ${LIST_FIELDS.join(", ")}`);
  if (!text.trim() || text.length > 500) throw new ApiError(400, "invalid_value", "value: 1 to 500 characters");
  const identifiers = getIdentifiers(deps.secret, {}, getOrderIdentity(shape.order(text)), null).filter((i) =>
    shape.kinds.includes(i.kind),
  );
  if (identifiers.length === 0) {
    throw new ApiError(400, "unusable_value", `value: not a ${field} scoring can key (check its spelling)`);
  }
  const note = `${field}: ${hintOf(field as ListField, text)}`;
  await writeManualEntries(
    deps.db,
    siteId,
    identifiers.map((i) => ({ list, kind: i.kind, value: i.value, note })),
  );
  return { list, field, hint: note, entries: identifiers.length };
}

export const listManualEntries = (db: Db, siteId: string) => readManualEntries(db, siteId);

export async function removeFromList(db: Db, siteId: string, entry: { list: string; kind: string; value: string }) {
  if (!(await deleteManualEntry(db, siteId, entry))) throw notFound("list entry");
}
