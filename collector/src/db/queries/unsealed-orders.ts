import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { orders } from "../schema.js";

export interface OrderKey {
  siteId: string;
  orderId: string;
}

/** The next orders after `after` (primary-key order) whose stored request has no seal: stored before sealing existed. */
export async function readUnsealedOrders(db: Db, after: OrderKey | null, limit: number) {
  return db
    .select({ siteId: orders.siteId, orderId: orders.orderId, request: orders.request })
    .from(orders)
    .where(
      and(
        sql`${orders.request}->>'$sealed' is null`,
        after ? sql`(${orders.siteId}, ${orders.orderId}) > (${after.siteId}, ${after.orderId})` : undefined,
      ),
    )
    .orderBy(orders.siteId, orders.orderId)
    .limit(limit);
}

/** Replaces one order's stored request, unless it was sealed meanwhile (re-scoring writes sealed requests). */
export async function writeSealedRequest(db: Db, key: OrderKey, request: Record<string, unknown>) {
  await db
    .update(orders)
    .set({ request })
    .where(
      and(eq(orders.siteId, key.siteId), eq(orders.orderId, key.orderId), sql`${orders.request}->>'$sealed' is null`),
    );
}
