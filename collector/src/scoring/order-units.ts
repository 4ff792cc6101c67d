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

/**
 * The order's main resale-target category, folded to lower case (most units, then by name), as a
 * list of none or one: what a launch-day burst is counted by (identifiers.ts, siteCategory and
 * areaCategory). One is enough: a ring member's order holds one release, and each category more
 * would add two more history reads to every order that holds several.
 */
export function riskyCategoriesOf(
  items: ReadonlyArray<{ category?: string | undefined; quantity?: number | undefined }>,
  riskyCategories: readonly string[],
): string[] {
  const risky = new Set(riskyCategories.map((c) => c.toLowerCase()));
  const units = new Map<string, number>();
  for (const item of items) {
    const category = item.category?.toLowerCase();
    if (category && risky.has(category)) units.set(category, (units.get(category) ?? 0) + (item.quantity ?? 1));
  }
  const ranked = [...units].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  return ranked.slice(0, 1).map(([category]) => category);
}
