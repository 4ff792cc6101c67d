import { hit, type Rule } from "./rule.js";

export const cardHolderMismatch: Rule = {
  code: "card_holder_mismatch",
  evaluate: ({ identity }) =>
    identity.holderMatch === "mismatch"
      ? hit(
          "card_holder_mismatch",
          25,
          "カード名義と請求先の氏名が異なります",
          "The card holder is not the billing person",
        )
      : null,
};
