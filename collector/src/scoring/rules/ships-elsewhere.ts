import { hit, type Rule } from "./rule.js";

// Gifts ship elsewhere every day; this weighs only beside other reasons.
export const shipsElsewhere: Rule = {
  code: "ships_elsewhere",
  evaluate: ({ identity }) =>
    identity.shipsElsewhere
      ? hit("ships_elsewhere", 8, "請求先と配送先の住所が異なります", "Billing and shipping addresses differ")
      : null,
};
