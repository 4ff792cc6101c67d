import { hit, type Rule } from "./rule.js";

/** 後払い ships before anyone pays: with no history and a throw-away contact, nobody will pay. */
export const deferredPaymentRisk: Rule = {
  code: "deferred_payment_risk",
  evaluate: ({ order, identity, customer }) => {
    if (order.payment?.method !== "deferred" || customer.previousOrders > 0) return null;
    const throwAway =
      identity.email?.class === "disposable" ||
      identity.phones.some((p) => p.type === "ip_phone" || p.type === "invalid") ||
      identity.furigana === "no_fit";
    return throwAway
      ? hit(
          "deferred_payment_risk",
          15,
          "初回の後払い注文で、連絡先が使い捨ての可能性があります",
          "A first deferred-payment order with throw-away contact details",
        )
      : null;
  },
};
