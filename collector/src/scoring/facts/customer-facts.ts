import type { Neighbour } from "./inputs.js";
import type { OrderFacts } from "./order-facts.js";

/** The same customer account's earlier orders, how many bought resale targets, and what they spent on average. */
export function customerFacts(neighbours: Neighbour[], placedAt: Date): OrderFacts["customer"] {
  const previous = neighbours.filter((r) => r.kind === "account" && r.placedAt <= placedAt);
  const amounts = previous.map((r) => r.amount).filter((a): a is number => a !== null);
  return {
    previousOrders: previous.length,
    previousResaleOrders: previous.filter((r) => r.riskyUnits > 0).length,
    meanAmount: amounts.length ? amounts.reduce((a, b) => a + b, 0) / amounts.length : null,
  };
}
