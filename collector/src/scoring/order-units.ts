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

/** Resale-target categories never named this many in one order: a drop's buyer picks one or two. */
const MAX_CATEGORIES = 3;

/**
 * The order's resale-target categories, folded to lower case, at most MAX_CATEGORIES: what a
 * launch-day burst is counted by (identifiers.ts, siteCategory and areaCategory).
 */
export function riskyCategoriesOf(
  items: ReadonlyArray<{ category?: string | undefined }>,
  riskyCategories: readonly string[],
): string[] {
  const risky = new Set(riskyCategories.map((c) => c.toLowerCase()));
  const found = new Set<string>();
  for (const item of items) {
    const category = item.category?.toLowerCase();
    if (category && risky.has(category)) found.add(category);
  }
  return [...found].sort().slice(0, MAX_CATEGORIES);
}
