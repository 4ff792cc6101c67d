import { hit, type Rule } from "./rule.js";

export const riskyItems: Rule = {
  code: "risky_items",
  evaluate: ({ riskyUnits }) =>
    riskyUnits >= 3
      ? hit(
          "risky_items",
          15,
          `転売対象になりやすい商品が ${riskyUnits} 点あります`,
          `${riskyUnits} units of items resellers target`,
        )
      : null,
};
