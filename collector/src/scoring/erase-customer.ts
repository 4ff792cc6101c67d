import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { orders } from "../db/schema.js";
import { keyed } from "./identifiers.js";

// Personal data in an order request; what remains (ids, amounts, items, payment method and
// result) is what fraud review and accounting still need. The hashed identifiers stay, so links
// to later orders survive.
const PERSONAL_FIELDS = ["name", "nameKana", "postalCode", "address", "phone", "email"] as const;

export function redact(request: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(request) as Record<string, Record<string, unknown> | undefined>;
  for (const party of ["billing", "shipping"] as const) {
    const p = copy[party];
    if (p) for (const f of PERSONAL_FIELDS) delete p[f];
  }
  if (copy.customer) {
    delete copy.customer.email;
    delete copy.customer.id;
  }
  if (copy.payment) delete copy.payment.cardHolder;
  delete copy.ip;
  return copy;
}

/** Erases one customer's personal data from their stored orders; answers how many were erased. */
export async function eraseCustomer(db: Db, secret: string, siteId: string, customerId: string, now: Date) {
  const customerKey = keyed(secret, "account", customerId);
  const rows = await db
    .select({ orderId: orders.orderId, request: orders.request })
    .from(orders)
    .where(and(eq(orders.siteId, siteId), eq(orders.customerKey, customerKey), isNull(orders.erasedAt)));
  await db.transaction(async (tx) => {
    for (const row of rows) {
      await tx
        .update(orders)
        .set({ request: redact(row.request), erasedAt: now })
        .where(and(eq(orders.siteId, siteId), eq(orders.orderId, row.orderId)));
    }
  });
  return { erased: rows.length };
}
