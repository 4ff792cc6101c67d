import { establishedCustomer } from "./established-customer.js";
import { checkRule, factsOf, neighbour } from "./fixtures.js";

const plain = factsOf();

checkRule(establishedCustomer, [
  [
    "three clean orders before",
    factsOf(
      {},
      {
        neighbours: ["P1", "P2", "P3"].map((orderId) =>
          neighbour({ kind: "account", orderId, customerKey: "cust-self" }),
        ),
      },
    ),
    "established_customer",
  ],
  [
    "history with a chargeback",
    factsOf(
      {},
      {
        neighbours: ["P1", "P2", "P3"].map((orderId, i) =>
          neighbour({ kind: "account", orderId, customerKey: "cust-self", label: i ? null : "chargeback" }),
        ),
      },
    ),
    null,
  ],
  ["a first order", plain, null],
]);
