import type { Order } from "@shinsa/shared";
import type { OrderUnits } from "./facts/inputs.js";

/** How many units the order buys, and how many of them in categories resellers buy. */
export function countUnits(items: NonNullable<Order["items"]>, riskyCategories: string[]): OrderUnits {
  const risky = new Set(riskyCategories.map((c) => c.toLowerCase()));
  let riskyUnits = 0;
  let units = 0;
  for (const item of items) {
    const quantity = item.quantity ?? 1;
    units += quantity;
    if (item.category && risky.has(item.category.toLowerCase())) riskyUnits += quantity;
  }
  return { riskyUnits, units };
}
