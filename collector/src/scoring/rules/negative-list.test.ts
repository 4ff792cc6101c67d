import { checkRule, factsOf } from "./fixtures.js";
import { negativeList } from "./negative-list.js";

checkRule(negativeList, [
  [
    "a denied card",
    factsOf({}, { listHits: [{ list: "deny", kind: "card", value: "x", label: "fraud", sourceOrderId: "A" }] }),
    "negative_list",
  ],
  [
    "an allowed card",
    factsOf({}, { listHits: [{ list: "allow", kind: "card", value: "x", label: "legit", sourceOrderId: "A" }] }),
    null,
  ],
]);
