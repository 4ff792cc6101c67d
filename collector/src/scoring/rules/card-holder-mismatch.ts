import { hit, type Rule } from "./rule.js";

// Only someone else's name counts: a holder with the buyer's surname is a parent's or spouse's card,
// the way families pay, and a card seen with nobody's name cannot be judged.
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
