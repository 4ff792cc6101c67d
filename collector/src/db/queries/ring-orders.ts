import { and, count, countDistinct, desc, eq, inArray, notInArray, sql } from "drizzle-orm";
import { CONTEXT_KINDS } from "../../lib/identifier.js";
import type { Db } from "../client.js";
import { orderIdentifiers, orders } from "../schema.js";
import { orderHeadline } from "./order-columns.js";

/** A ring's newest orders, at most `limit`. */
export async function readRingOrders(db: Db, siteId: string, ringId: string, limit: number) {
  return db
    .select({
      ...orderHeadline,
      label: orders.label,
      amount: orders.amount,
      customerKey: orders.customerKey,
    })
    .from(orders)
    .where(and(eq(orders.siteId, siteId), eq(orders.ringId, ringId)))
    .orderBy(desc(orders.placedAt))
    .limit(limit);
}

/** The identifier values that more than one of these orders carry, the most shared first. */
export async function readSharedIdentifiers(db: Db, siteId: string, orderIds: string[]) {
  return db
    .select({ kind: orderIdentifiers.kind, value: orderIdentifiers.value, orders: count() })
    .from(orderIdentifiers)
    .where(linking(siteId, orderIds))
    .groupBy(orderIdentifiers.kind, orderIdentifiers.value)
    .having(sql`count(*) > 1`)
    .orderBy(desc(count()));
}

/** How many accounts a ring holds, over all its orders. */
export async function countRingAccounts(db: Db, siteId: string, ringId: string): Promise<number> {
  const [row] = await db
    .select({ n: countDistinct(orders.customerKey) })
    .from(orders)
    .where(and(eq(orders.siteId, siteId), eq(orders.ringId, ringId)));
  return row?.n ?? 0;
}

/** Which identifier values each of these orders carries (for drawing who shares what). */
export async function readIdentifierRows(db: Db, siteId: string, orderIds: string[]) {
  if (orderIds.length === 0) return [];
  return db
    .select({ orderId: orderIdentifiers.orderId, kind: orderIdentifiers.kind, value: orderIdentifiers.value })
    .from(orderIdentifiers)
    .where(linking(siteId, orderIds));
}

/**
 * The orders' identifiers that tie a ring's orders together. A resale-target category bought on the
 * site ties no one; the same into one city is what ties a launch-day burst's accounts, which share
 * nothing else, so a reviewer sees it.
 */
const linking = (siteId: string, orderIds: string[]) =>
  and(
    eq(orderIdentifiers.siteId, siteId),
    inArray(orderIdentifiers.orderId, orderIds),
    notInArray(orderIdentifiers.kind, UNTYING_KINDS),
  );

const UNTYING_KINDS = CONTEXT_KINDS.filter((k) => k !== "areaCategory");
