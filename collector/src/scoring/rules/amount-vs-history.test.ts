import { amountVsHistory } from "./amount-vs-history.js";
import { checkRule, factsOf, neighbour } from "./fixtures.js";

checkRule(amountVsHistory, [
  [
    "¥98,000 after orders of ¥3,000",
    factsOf(
      { amount: 98_000 },
      {
        neighbours: [
          neighbour({ kind: "account", amount: 3000, orderId: "P1" }),
          neighbour({ kind: "account", amount: 3000, orderId: "P2" }),
        ],
      },
    ),
    "amount_vs_history",
  ],
  [
    "¥4,000 after orders of ¥3,000",
    factsOf(
      { amount: 4000 },
      {
        neighbours: [
          neighbour({ kind: "account", amount: 3000, orderId: "P1" }),
          neighbour({ kind: "account", amount: 3000, orderId: "P2" }),
        ],
      },
    ),
    null,
  ],
  ["a first order", factsOf({ amount: 98_000 }), null],
]);
