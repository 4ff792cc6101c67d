import { describe, expect, it } from "vitest";
import { countUnits, riskyCategoriesOf } from "./order-units.js";
import { DEFAULT_SETTINGS } from "./settings.js";

const line = (category: string | undefined, quantity = 1) => ({ sku: "X", category, quantity, unitPrice: 1000 });

describe("an order's units and resale-target categories", () => {
  it("counts every unit, and those of the categories resellers buy", () => {
    expect(countUnits([line("sneakers", 2), line("books", 3)], DEFAULT_SETTINGS.riskyCategories)).toEqual({
      riskyUnits: 2,
      units: 5,
    });
  });

  it("names the resale-target category with the most units, folded to lower case, ties by name", () => {
    const items = [line("Sneakers"), line("sneakers", 2), line("camera", 2), line("books", 9), line(undefined)];
    expect(riskyCategoriesOf(items, DEFAULT_SETTINGS.riskyCategories)).toEqual(["sneakers"]);
    const many = ["sneakers", "tablet", "camera", "pc"].map((c) => line(c));
    expect(riskyCategoriesOf(many, DEFAULT_SETTINGS.riskyCategories)).toEqual(["camera"]);
    expect(riskyCategoriesOf([line("books")], DEFAULT_SETTINGS.riskyCategories)).toEqual([]);
  });
});
