import { checkRule, factsOf, neighbour } from "./fixtures.js";
import { multipleAccounts } from "./multiple-accounts.js";

checkRule(multipleAccounts, [
  [
    "three accounts on one phone under one name",
    factsOf(
      {},
      {
        neighbours: ["a", "b"].map((k, i) =>
          neighbour({ kind: "phone", customerKey: k, orderId: `M${i}`, personKey: "山田太郎" }),
        ),
      },
    ),
    "multiple_accounts",
  ],
  [
    "one account's own earlier orders",
    factsOf({}, { neighbours: [neighbour({ kind: "account", customerKey: "cust-self" })] }),
    null,
  ],
  [
    "a family member's account at the same door",
    factsOf({}, { neighbours: [neighbour({ kind: "shippingAddress", surnameKey: "山田" })] }),
    null,
  ],
]);
