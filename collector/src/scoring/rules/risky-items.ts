import { hit, type Rule } from "./rule.js";

/**
 * Units of the categories resellers target (settings `riskyCategories`). Three or more is a
 * reseller's basket. One or two is what fans buy on launch day too, so it weighs 1: it moves no
 * decision, but among orders with nothing else against them it ranks the release above the
 * rice cooker, where the rest of a ring nobody can tie yet is found.
 */
export const riskyItems: Rule = {
  code: "risky_items",
  evaluate: ({ riskyUnits }) => {
    if (riskyUnits >= 3)
      return hit(
        "risky_items",
        15,
        `転売対象になりやすい商品が ${riskyUnits} 点あります`,
        `${riskyUnits} units of items resellers target`,
      );
    if (riskyUnits > 0)
      return hit(
        "risky_items",
        1,
        `転売対象になりやすい商品（${riskyUnits} 点）`,
        `${riskyUnits === 1 ? "An item" : "Two units of items"} resellers target`,
      );
    return null;
  },
};
