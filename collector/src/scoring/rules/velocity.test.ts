import { ago, checkRule, factsOf, HOUR, neighbour } from "./fixtures.js";
import { velocity } from "./velocity.js";

checkRule(velocity, [
  [
    "a card used three times this hour",
    factsOf(
      {},
      {
        neighbours: [1, 2, 3].map((i) => neighbour({ kind: "card", orderId: `V${i}`, placedAt: ago(i * 600_000) })),
      },
    ),
    "velocity",
  ],
  [
    "a card used three times this month",
    factsOf(
      {},
      {
        neighbours: [1, 2, 3].map((i) => neighbour({ kind: "card", orderId: `V${i}`, placedAt: ago(i * 200 * HOUR) })),
      },
    ),
    null,
  ],
]);
