import { collectsInOwnName } from "../own-pick-up.js";
import { hit, type Rule } from "./rule.js";

/**
 * Resale targets (consoles, phones, cards) sent to a door that is not the payer's: how a stolen
 * card is turned into cash, whoever's name the parcel carries. A fan's console goes home, and a
 * present of one is the exception the weight allows for; a pick-up in the buyer's own name is home.
 */
export const resaleGoodsElsewhere: Rule = {
  code: "resale_goods_elsewhere",
  evaluate: ({ identity, riskyUnits }) => {
    if (riskyUnits === 0 || !identity.shipsElsewhere || collectsInOwnName(identity)) return null;
    return hit(
      "resale_goods_elsewhere",
      12,
      "転売対象の商品を請求先以外の住所へ送ります",
      "Resale targets shipped to a door other than the payer's",
    );
  },
};
