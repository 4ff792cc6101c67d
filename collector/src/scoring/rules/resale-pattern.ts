import { hit, type Rule } from "./rule.js";

/** 転売: several accounts of one group buying resale targets by the handful within a week. */
export const resalePattern: Rule = {
  code: "resale_pattern",
  evaluate: ({ group, riskyUnits }) => {
    if (group.accounts < 2 || group.riskyUnits7d < 4 || riskyUnits === 0) return null;
    return hit(
      "resale_pattern",
      Math.min(50, 25 + 5 * (group.accounts - 2)),
      `連携する ${group.accounts} アカウントが 7 日間で転売対象商品を ${group.riskyUnits7d} 点購入しています`,
      `${group.accounts} linked accounts bought ${group.riskyUnits7d} units of resale targets in 7 days`,
    );
  },
};
