import type { LinkedOrder } from "./facts/order-facts.js";

export interface RingPlan {
  /** The order's ring: the oldest ring id among those it links to, or a new one. */
  ringId: string;
  /** Other rings it links to, renamed to ringId. */
  merged: string[];
  /** Linked orders in no ring yet, which join ringId. */
  loose: string[];
}

/**
 * Joins an order to the groups of the orders it links to, and of its launch-day burst's orders,
 * incrementally (union–find on stored ring ids): the oldest ring id among them survives and the
 * others are renamed to it. Costs a write per merged group, never a walk of the graph. Null when
 * the order joins nothing.
 * `newRingId` names a ring the first time (random: the caller's to make).
 */
export function planRing(
  joined: ReadonlyArray<Pick<LinkedOrder, "orderId" | "ringId">>,
  newRingId: () => string,
): RingPlan | null {
  if (joined.length === 0) return null;
  const existing = [...new Set(joined.map((j) => j.ringId).filter((r): r is string => r !== null))].sort();
  return {
    ringId: existing[0] ?? newRingId(),
    merged: existing.slice(1),
    loose: [...new Set(joined.filter((j) => j.ringId === null).map((j) => j.orderId))],
  };
}
