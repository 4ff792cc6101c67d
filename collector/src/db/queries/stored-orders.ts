import { and, eq, inArray } from "drizzle-orm";
import { yieldToIo } from "../../lib/yield-to-io.js";
import type { Db } from "../client.js";
import { orders } from "../schema.js";

export type StoredOrder = typeof orders.$inferSelect;
export type StoredAnswer = Pick<StoredOrder, "orderId" | "score" | "decision" | "reasons" | "links" | "ringId">;

/** One stored order, whole, or undefined. */
export async function readOrder(db: Db, siteId: string, orderId: string): Promise<StoredOrder | undefined> {
  const [row] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.siteId, siteId), eq(orders.orderId, orderId)))
    .limit(1);
  return row;
}

/**
 * The stored answers of many orders: one indexed read per thousand, since PostgreSQL takes at most
 * 65,535 parameters.
 */
export async function readAnswers(db: Db, siteId: string, orderIds: string[]): Promise<StoredAnswer[]> {
  const answers: StoredAnswer[] = [];
  for (let i = 0; i < orderIds.length; i += 1000) {
    // A 30,000-order import reads 30 of these back to back: let waiting requests in between.
    if (i > 0) await yieldToIo();
    const rows = await db
      .select({
        orderId: orders.orderId,
        score: orders.score,
        decision: orders.decision,
        reasons: orders.reasons,
        links: orders.links,
        ringId: orders.ringId,
      })
      .from(orders)
      .where(and(eq(orders.siteId, siteId), inArray(orders.orderId, orderIds.slice(i, i + 1000))));
    answers.push(...rows);
  }
  return answers;
}

/** What re-scoring needs of the given orders: when they were placed and received, as sent, and whether a person or an erasure has settled them. */
export async function readOrdersToRescore(db: Db, siteId: string, orderIds: string[]) {
  return db
    .select({
      orderId: orders.orderId,
      placedAt: orders.placedAt,
      receivedAt: orders.receivedAt,
      request: orders.request,
      label: orders.label,
      erasedAt: orders.erasedAt,
    })
    .from(orders)
    .where(and(eq(orders.siteId, siteId), inArray(orders.orderId, orderIds)));
}
