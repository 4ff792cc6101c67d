import { allowList } from "./allow-list.js";
import { checkRule, factsOf } from "./fixtures.js";

const plain = factsOf();

checkRule(allowList, [
  [
    "an allowed e-mail",
    factsOf({}, { listHits: [{ list: "allow", kind: "email", value: "x", label: "legit", sourceOrderId: "A" }] }),
    "allow_list",
  ],
  ["nothing listed", plain, null],
]);
