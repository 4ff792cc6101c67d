import { checkRule, factsOf, neighbour } from "./fixtures.js";
import { weakLinkToFraud } from "./weak-link-to-fraud.js";

checkRule(weakLinkToFraud, [
  [
    "hardware of a fraud",
    factsOf({}, { neighbours: [neighbour({ kind: "hardware", label: "fraud" })] }),
    "weak_link_to_fraud",
  ],
  ["hardware of an honest order", factsOf({}, { neighbours: [neighbour({ kind: "hardware" })] }), null],
]);
