import type { IdentifierKind } from "../../lib/identifier.js";
import type { Neighbour } from "./inputs.js";
import type { OrderFacts } from "./order-facts.js";
import { HOUR, since } from "./windows.js";

/** Orders placed before this one on each kind of identifier, in the last hour, day and week: the busiest value of each kind. */
export function velocityFacts(byValue: Map<string, Neighbour[]>, placedAt: Date): OrderFacts["velocity"] {
  const velocity: Partial<Record<IdentifierKind, OrderFacts["velocity"][IdentifierKind]>> = {};
  for (const rows of byValue.values()) {
    const kind = rows[0]?.kind;
    if (!kind) continue;
    const before = rows.filter((r) => r.placedAt <= placedAt);
    const counts = {
      h1: before.filter(since(placedAt, HOUR)).length,
      h24: before.filter(since(placedAt, 24 * HOUR)).length,
      d7: before.filter(since(placedAt, 168 * HOUR)).length,
    };
    const prev = velocity[kind];
    velocity[kind] = prev
      ? { h1: Math.max(prev.h1, counts.h1), h24: Math.max(prev.h24, counts.h24), d7: Math.max(prev.d7, counts.d7) }
      : counts;
  }
  return velocity;
}
