import { hit, type Rule } from "./rule.js";

// A family shares a surname; three and more surnames at one door is a drop address or a ring.
export const householdManyNames: Rule = {
  code: "household_many_names",
  evaluate: ({ household }) =>
    household.surnames >= 3
      ? hit(
          "household_many_names",
          Math.min(40, 10 * (household.surnames - 1)),
          `同じ住所に ${household.surnames} 種類の姓の注文者がいます`,
          `${household.surnames} different surnames order to this address`,
        )
      : null,
};
