import { ago, checkRule, factsOf, HOUR } from "./fixtures.js";
import { newAccount } from "./new-account.js";

const plain = factsOf();

checkRule(newAccount, [
  [
    "an account of 10 minutes",
    factsOf({ customer: { id: "C", createdAt: ago(600_000).toISOString() } }),
    "new_account",
  ],
  ["an account of 5 hours", factsOf({ customer: { id: "C", createdAt: ago(5 * HOUR).toISOString() } }), "new_account"],
  ["an account of two years", plain, null],
  ["an account dated after its own order", factsOf({ customer: { id: "C", createdAt: "2027-01-01T00:00:00Z" } }), null],
]);
