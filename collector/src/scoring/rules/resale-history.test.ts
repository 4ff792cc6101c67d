import { ago, checkRule, factsOf, HOUR, neighbour } from "./fixtures.js";
import { resaleHistory } from "./resale-history.js";

const DAY = 24 * HOUR;
// This account's own drop-day order, two weeks ago, held with the ring it bought with.
const heldDrop = (overrides = {}) =>
  neighbour({
    kind: "account",
    customerKey: "cust-self",
    riskyUnits: 3,
    placedAt: ago(14 * DAY),
    resaleHeld: true,
    ...overrides,
  });

checkRule(resaleHistory, [
  [
    "a restock of cards by an account held at a drop",
    factsOf({}, { riskyUnits: 2, neighbours: [heldDrop()] }),
    "resale_history",
  ],
  ["the same account buying books", factsOf({}, { riskyUnits: 0, neighbours: [heldDrop()] }), null],
  [
    "the merchant cleared the held order",
    factsOf({}, { riskyUnits: 2, neighbours: [heldDrop({ label: "legit" })] }),
    null,
  ],
  [
    "a hold three months ago",
    factsOf({}, { riskyUnits: 2, neighbours: [heldDrop({ placedAt: ago(90 * DAY) })] }),
    null,
  ],
  [
    "an earlier order of resale targets never held",
    factsOf({}, { riskyUnits: 2, neighbours: [heldDrop({ resaleHeld: false })] }),
    null,
  ],
  [
    "a stranger on an identical phone, once held",
    factsOf({}, { riskyUnits: 2, neighbours: [heldDrop({ kind: "hardware", customerKey: "cust-other" })] }),
    null,
  ],
  [
    "the group buying together again: resale_pattern's, not this",
    factsOf({}, { riskyUnits: 2, neighbours: [heldDrop(), neighbour({ orderId: "N-2", riskyUnits: 3 })] }),
    null,
  ],
]);
