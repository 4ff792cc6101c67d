import { describe, expect, it } from "vitest";
import { checkRule, factsOf } from "./fixtures.js";
import { riskyItems } from "./risky-items.js";

checkRule(riskyItems, [
  ["five game consoles", factsOf({}, { riskyUnits: 5 }), "risky_items"],
  ["one console", factsOf({}, { riskyUnits: 1 }), "risky_items"],
  ["books only", factsOf({}, { riskyUnits: 0 }), null],
]);

describe("risky_items weighs", () => {
  it("a reseller's basket as a reason, one launch-day console as no more than a tie-breaker", () => {
    expect(riskyItems.evaluate(factsOf({}, { riskyUnits: 3 }))?.score).toBe(15);
    expect(riskyItems.evaluate(factsOf({}, { riskyUnits: 2 }))?.score).toBe(1);
    expect(riskyItems.evaluate(factsOf({}, { riskyUnits: 1 }))?.score).toBe(1);
  });
});
