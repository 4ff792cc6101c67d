import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../client.js";
import { orders } from "../schema.js";

/** A customer's orders not yet erased, with the request each was sent as. */
export async function readCustomerOrders(db: Db, siteId: string, customerKey: string) {
  return db
    .select({ orderId: orders.orderId, request: orders.request })
    .from(orders)
    .where(and(eq(orders.siteId, siteId), eq(orders.customerKey, customerKey), isNull(orders.erasedAt)));
}

/** Replaces each order's stored request with its redacted copy and marks it erased, all or none. */
export async function writeErasedOrders(
  db: Db,
  siteId: string,
  redacted: Array<{ orderId: string; request: Record<string, unknown> }>,
  erasedAt: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    for (const row of redacted) {
      await tx
        .update(orders)
        .set({ request: row.request, erasedAt })
        .where(and(eq(orders.siteId, siteId), eq(orders.orderId, row.orderId)));
    }
  });
}
