import { checkRule, factsOf } from "./fixtures.js";
import { riskyItems } from "./risky-items.js";

checkRule(riskyItems, [
  ["five game consoles", factsOf({}, { riskyUnits: 5 }), "risky_items"],
  ["one console", factsOf({}, { riskyUnits: 1 }), null],
]);
