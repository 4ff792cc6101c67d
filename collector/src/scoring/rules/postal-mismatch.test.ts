import { checkRule, factsOf } from "./fixtures.js";
import { postalMismatch } from "./postal-mismatch.js";

const plain = factsOf();

checkRule(postalMismatch, [
  [
    "an Osaka code on a Tokyo address",
    factsOf({ billing: { ...factsOf().order.billing, postalCode: "530-0001" } }),
    "postal_mismatch",
  ],
  ["the right code", plain, null],
]);
