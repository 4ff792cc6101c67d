import { randomBytes } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { orders } from "../db/schema.js";
import type { LinkedOrder } from "./facts.js";

export const newRingId = () => `ring_${randomBytes(12).toString("base64url")}`;

/**
 * Joins an order to the groups of the orders it links to, incrementally (union–find on stored
 * ring ids): the oldest ring id among them survives and the others are renamed to it. Costs a
 * write per merged group, never a walk of the graph. Returns the order's ring id, or null when
 * it joins nothing.
 */
export async function assignRing(
  db: Db,
  siteId: string,
  orderId: string,
  joined: LinkedOrder[],
): Promise<string | null> {
  if (joined.length === 0) return null;
  const existing = [...new Set(joined.map((j) => j.ringId).filter((r): r is string => r !== null))].sort();
  const ringId = existing[0] ?? newRingId();
  const merged = existing.slice(1);
  const loose = joined.filter((j) => j.ringId === null).map((j) => j.orderId);
  const bySite = (cond: ReturnType<typeof inArray>) => and(eq(orders.siteId, siteId), cond);
  if (merged.length)
    await db
      .update(orders)
      .set({ ringId })
      .where(bySite(inArray(orders.ringId, merged)));
  await db
    .update(orders)
    .set({ ringId })
    .where(bySite(inArray(orders.orderId, [...loose, orderId])));
  return ringId;
}
