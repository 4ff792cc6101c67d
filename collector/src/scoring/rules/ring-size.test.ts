import { checkRule, factsOf, inRing } from "./fixtures.js";
import { ringSize } from "./ring-size.js";

const plain = factsOf();

checkRule(ringSize, [
  ["an order joining a ring of four accounts", inRing(4), "ring_size"],
  ["an order joining another buyer's pair of accounts", inRing(1), null],
  ["an order of its own", plain, null],
]);
