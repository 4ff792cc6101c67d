import { checkRule, factsOf, neighbour } from "./fixtures.js";
import { householdManyNames } from "./household-many-names.js";

checkRule(householdManyNames, [
  [
    "three surnames at one door",
    factsOf(
      {},
      { neighbours: ["x", "y"].map((s, i) => neighbour({ kind: "household", surnameKey: s, orderId: `H${i}` })) },
    ),
    "household_many_names",
  ],
  [
    "a family at one door",
    factsOf(
      {},
      {
        neighbours: ["P1", "P2"].map((orderId) => neighbour({ kind: "household", surnameKey: "山田", orderId })),
      },
    ),
    null,
  ],
]);
