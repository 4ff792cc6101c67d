import { resalePattern } from "./resale-pattern.js";
import { hit, type Rule } from "./rule.js";

/**
 * 転売 between drops: an order of resale targets from an account tied to orders already held for
 * a resale pattern. A ring shows itself on launch days, when its accounts buy together; its
 * restocks in between come one account at a time and look like any collector's. The honest twin,
 * a fan whose launch-day order was held with a relative's, is cleared by the merchant's "legit"
 * label, which this rule respects.
 */
export const resaleHistory: Rule = {
  code: "resale_history",
  evaluate: (facts) => {
    const { riskyUnits, resaleHistory } = facts;
    if (riskyUnits === 0 || resaleHistory.orders === 0 || resaleHistory.lastAt === null) return null;
    // The group is buying together right now: resale_pattern says so, with today's figures.
    if (resalePattern.evaluate(facts)) return null;
    const day = resaleHistory.lastAt.toISOString().slice(0, 10);
    return hit(
      "resale_history",
      30,
      `このアカウントにつながる注文が転売の疑い（複数アカウントによる転売対象商品の購入）で保留されています（${resaleHistory.orders} 件、直近 ${day}）`,
      `orders tied to this account were held for a resale pattern (${resaleHistory.orders}, the latest on ${day})`,
    );
  },
};
