import { and, count, countDistinct, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { orderIdentifiers, orders } from "../db/schema.js";
import { notFound } from "../lib/api-error.js";

const MAX_ORDERS = 500;

/** A ring: its orders, how many accounts, and the identifiers that join them (as kinds and hashes). */
export async function getRing(db: Db, siteId: string, ringId: string) {
  const rows = await db
    .select({
      orderId: orders.orderId,
      placedAt: orders.placedAt,
      score: orders.score,
      decision: orders.decision,
      label: orders.label,
      amount: orders.amount,
      customerKey: orders.customerKey,
    })
    .from(orders)
    .where(and(eq(orders.siteId, siteId), eq(orders.ringId, ringId)))
    .orderBy(desc(orders.placedAt))
    .limit(MAX_ORDERS);
  if (rows.length === 0) throw notFound("ring");
  const ids = rows.map((r) => r.orderId);
  const shared = await db
    .select({ kind: orderIdentifiers.kind, value: orderIdentifiers.value, orders: count() })
    .from(orderIdentifiers)
    .where(and(eq(orderIdentifiers.siteId, siteId), inArray(orderIdentifiers.orderId, ids)))
    .groupBy(orderIdentifiers.kind, orderIdentifiers.value)
    .having(sql`count(*) > 1`)
    .orderBy(desc(count()));
  const [accounts] = await db
    .select({ n: countDistinct(orders.customerKey) })
    .from(orders)
    .where(and(eq(orders.siteId, siteId), eq(orders.ringId, ringId)));
  return {
    ringId,
    orders: rows.map((r) => ({ ...r, customerKey: undefined, placedAt: r.placedAt.toISOString() })),
    accounts: accounts?.n ?? 0,
    identifiers: shared.map((s) => ({ kind: s.kind, value: s.value.slice(0, 12), orders: Number(s.orders) })),
  };
}
