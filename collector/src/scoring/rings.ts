import { randomBytes } from "node:crypto";
import { and, eq, ne, or } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { orders } from "../db/schema.js";
import type { LinkedOrder } from "./facts.js";
import { inJsonList } from "./history.js";

export const newRingId = () => `ring_${randomBytes(12).toString("base64url")}`;

export interface RingPlan {
  /** The order's ring: the oldest ring id among those it links to, or a new one. */
  ringId: string;
  /** Other rings it links to, renamed to ringId. */
  merged: string[];
  /** Linked orders in no ring yet, which join ringId. */
  loose: string[];
}

/**
 * Joins an order to the groups of the orders it links to, incrementally (union–find on stored
 * ring ids): the oldest ring id among them survives and the others are renamed to it. Costs a
 * write per merged group, never a walk of the graph. Null when the order joins nothing.
 */
export function planRing(joined: LinkedOrder[]): RingPlan | null {
  if (joined.length === 0) return null;
  const existing = [...new Set(joined.map((j) => j.ringId).filter((r): r is string => r !== null))].sort();
  return {
    ringId: existing[0] ?? newRingId(),
    merged: existing.slice(1),
    loose: joined.filter((j) => j.ringId === null).map((j) => j.orderId),
  };
}

/**
 * The one UPDATE that moves the other orders of a plan into its ring; the order itself gets its
 * ring id in its own upsert, so this leaves it alone (one statement must not write a row twice).
 * Without a plan it matches nothing. Its text is the same for every plan (lists as jsonb).
 */
export function ringUpdate(db: Db, siteId: string, orderId: string, plan: RingPlan | null) {
  return db
    .update(orders)
    .set({ ringId: plan?.ringId ?? null })
    .where(
      and(
        eq(orders.siteId, siteId),
        ne(orders.orderId, orderId),
        or(inJsonList(orders.ringId, plan?.merged ?? []), inJsonList(orders.orderId, plan?.loose ?? [])),
      ),
    );
}
