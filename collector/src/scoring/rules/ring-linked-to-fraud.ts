import { hit, type Rule } from "./rule.js";

/** A confirmed fraud anywhere in the group the order joins, not only among its direct links. */
export const ringLinkedToFraud: Rule = {
  code: "ring_linked_to_fraud",
  evaluate: ({ rings }) =>
    rings.labeled > 0
      ? hit(
          "ring_linked_to_fraud",
          40,
          `連なるグループに不正と確定した注文が ${rings.labeled} 件あります`,
          `The group this order joins holds ${rings.labeled} orders confirmed as fraud`,
        )
      : null,
};
