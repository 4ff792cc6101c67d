import { deferredPaymentRisk } from "./deferred-payment-risk.js";
import { checkRule, factsOf } from "./fixtures.js";

checkRule(deferredPaymentRisk, [
  [
    "a first 後払い order from an 050 number",
    factsOf({ payment: { method: "deferred" }, billing: { ...factsOf().order.billing, phone: "050-1111-2222" } }),
    "deferred_payment_risk",
  ],
  ["a first 後払い order from a mobile", factsOf({ payment: { method: "deferred" } }), null],
]);
