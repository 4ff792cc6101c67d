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

  it("names each resale-target category once, folded to lower case, at most three", () => {
    const items = [line("Sneakers"), line("sneakers", 2), line("books"), line(undefined)];
    expect(riskyCategoriesOf(items, DEFAULT_SETTINGS.riskyCategories)).toEqual(["sneakers"]);
    const many = ["camera", "sneakers", "tablet", "pc", "luxury"].map((c) => line(c));
    expect(riskyCategoriesOf(many, DEFAULT_SETTINGS.riskyCategories)).toEqual(["camera", "luxury", "pc"]);
    expect(riskyCategoriesOf([line("books")], DEFAULT_SETTINGS.riskyCategories)).toEqual([]);
  });
});
