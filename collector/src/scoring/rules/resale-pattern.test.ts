import { ago, checkRule, factsOf, HOUR, neighbour } from "./fixtures.js";
import { resalePattern } from "./resale-pattern.js";

checkRule(resalePattern, [
  [
    "a linked account buying consoles by the handful",
    factsOf({}, { riskyUnits: 3, neighbours: [neighbour({ riskyUnits: 3 })] }),
    "resale_pattern",
  ],
  ["linked accounts buying books", factsOf({}, { riskyUnits: 0, neighbours: [neighbour()] }), null],
  ["one account buying consoles", factsOf({}, { riskyUnits: 5 }), null],
  [
    "a relative at the same door buying the same drop",
    factsOf(
      {},
      {
        riskyUnits: 1,
        neighbours: [neighbour({ kind: "household", surnameKey: "山田", riskyUnits: 1, placedAt: ago(HOUR) })],
      },
    ),
    "resale_pattern",
  ],
  [
    "a stranger on an identical phone buying the same drop",
    factsOf({}, { riskyUnits: 1, neighbours: [neighbour({ kind: "hardware", riskyUnits: 1, placedAt: ago(HOUR) })] }),
    null,
  ],
]);
