import type { LinkedOrder } from "./facts/order-facts.js";

export interface RingPlan {
  /** The order's ring: the oldest ring id among those it links to, or a new one. */
  ringId: string;
  /** Other rings it links to, renamed to ringId. */
  merged: string[];
  /** Linked orders in no ring yet, which join ringId. */
  loose: string[];
  /**
   * Orders tied to this one by nothing but a launch-day burst (their rings are not read with
   * them): each joins ringId, and so does the ring it stands in.
   */
  alongside: string[];
}

/**
 * Joins an order to the groups of the orders it links to, incrementally (union–find on stored
 * ring ids): the oldest ring id among them survives and the others are renamed to it. Costs a
 * write per merged group, never a walk of the graph. Null when the order joins nothing and
 * stands in no burst.
 * `newRingId` names a ring the first time (random: the caller's to make).
 */
export function planRing(
  joined: LinkedOrder[],
  newRingId: () => string,
  alongside: ReadonlyArray<{ orderId: string; ringId: string | null }> = [],
): RingPlan | null {
  if (joined.length === 0 && alongside.length === 0) return null;
  const rings = [...joined, ...alongside].map((j) => j.ringId).filter((r): r is string => r !== null);
  const existing = [...new Set(rings)].sort();
  const linked = new Set(joined.map((j) => j.orderId));
  return {
    ringId: existing[0] ?? newRingId(),
    merged: existing.slice(1),
    loose: joined.filter((j) => j.ringId === null).map((j) => j.orderId),
    alongside: [...new Set(alongside.map((a) => a.orderId))].filter((id) => !linked.has(id)),
  };
}
