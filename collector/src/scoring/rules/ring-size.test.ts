import { checkRule, factsOf, inRing, neighbour } from "./fixtures.js";
import { ringSize } from "./ring-size.js";

const plain = factsOf();
/** The account's own earlier order, which a ring of four accounts holds. */
const accountInRing = {
  neighbours: [neighbour({ kind: "account", customerKey: "cust-self", ringId: "ring_1" })],
  ringStats: [{ ringId: "ring_1", orders: 8, accounts: 4, labeled: 0 }],
};

checkRule(ringSize, [
  ["an order joining a ring of four accounts", inRing(4), "ring_size"],
  ["an order joining another buyer's pair of accounts", inRing(1), null],
  ["an order of its own", plain, null],
  [
    "a resale target from an account whose earlier order stands in a ring of four",
    factsOf({ items: [{ category: "sneakers", quantity: 1 }] }, { ...accountInRing, riskyUnits: 1 }),
    "ring_size",
  ],
  ["an everyday order from an account whose earlier order stands in a ring of four", factsOf({}, accountInRing), null],
]);
