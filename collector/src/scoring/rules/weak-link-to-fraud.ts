import { isFraudLabel } from "@shinsa/shared";
import { hit, type Rule } from "./rule.js";

/** Hardware, IP or building shared with a fraud order: many people share these, so it only nudges. */
export const weakLinkToFraud: Rule = {
  code: "weak_link_to_fraud",
  evaluate: ({ weaklyLinked }) => {
    const bad = weaklyLinked.find((l) => isFraudLabel(l.label));
    if (!bad) return null;
    return hit(
      "weak_link_to_fraud",
      12,
      `同じハードウェア・IP・建物から不正と確定した注文 ${bad.orderId} があります`,
      `Order ${bad.orderId}, confirmed as ${bad.label}, came from the same hardware, IP or building`,
    );
  },
};
