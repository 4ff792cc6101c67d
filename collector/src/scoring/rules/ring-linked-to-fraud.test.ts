import { checkRule, inRing } from "./fixtures.js";
import { ringLinkedToFraud } from "./ring-linked-to-fraud.js";

checkRule(ringLinkedToFraud, [
  ["an order joining a ring with a chargeback", inRing(2, 1), "ring_linked_to_fraud"],
  ["an order joining a ring with no label", inRing(2), null],
]);
