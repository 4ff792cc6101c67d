import { collectsInOwnName } from "../own-pick-up.js";
import { hit, type Rule } from "./rule.js";

// Gifts ship elsewhere every day; this weighs only beside other reasons. A parcel the buyer collects
// in their own name (a post office or depot hold, a convenience store, a locker) is not sent elsewhere: it is
// how people out all day receive, and forwarder_address judges the spot itself.
export const shipsElsewhere: Rule = {
  code: "ships_elsewhere",
  evaluate: ({ identity }) => {
    if (!identity.shipsElsewhere || collectsInOwnName(identity)) return null;
    return hit("ships_elsewhere", 8, "請求先と配送先の住所が異なります", "Billing and shipping addresses differ");
  },
};
