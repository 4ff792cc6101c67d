import { isFraudLabel } from "../facts.js";
import { IDENTIFIER_WORDS } from "../identifiers.js";
import { hit, type Rule } from "./rule.js";

/** A link to an order already labelled fraud, chargeback or resale. */
export const linkedToFraud: Rule = {
  code: "linked_to_fraud",
  evaluate: ({ linked }) => {
    const bad = linked.find((l) => isFraudLabel(l.label));
    if (!bad) return null;
    const via = bad.via[0] ?? "device";
    return hit(
      `${via === "device" || via === "visitor" ? "device" : via}_linked_to_fraud`.replace(
        /[A-Z]/g,
        (c) => `_${c.toLowerCase()}`,
      ),
      60,
      `この${IDENTIFIER_WORDS[via].ja}は不正と確定した注文 ${bad.orderId} と同じです`,
      `The ${IDENTIFIER_WORDS[via].en} is the same as in order ${bad.orderId}, confirmed as ${bad.label}`,
    );
  },
};
