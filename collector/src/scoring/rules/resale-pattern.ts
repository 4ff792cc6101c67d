import { hit, type Rule } from "./rule.js";

/** 転売: several accounts of one group buying resale targets by the handful within a week. */
export const resalePattern: Rule = {
  code: "resale_pattern",
  evaluate: ({ group, riskyUnits, resaleCluster }) => {
    if (riskyUnits === 0) return null;
    if (resaleCluster.accounts >= 2) {
      return hit(
        "resale_pattern",
        Math.min(50, 30 + 10 * (resaleCluster.accounts - 2)),
        `同じ端末・住所・回線・名前に結びつく ${resaleCluster.accounts} アカウントが 72 時間以内に転売対象商品を ${resaleCluster.riskyUnits} 点購入しています`,
        `${resaleCluster.accounts} accounts tied by device, address, line or name bought ${resaleCluster.riskyUnits} units of resale targets within 72 hours`,
      );
    }
    if (group.accounts < 2 || group.riskyUnits7d < 4) return null;
    return hit(
      "resale_pattern",
      Math.min(50, 25 + 5 * (group.accounts - 2)),
      `連携する ${group.accounts} アカウントが 7 日間で転売対象商品を ${group.riskyUnits7d} 点購入しています`,
      `${group.accounts} linked accounts bought ${group.riskyUnits7d} units of resale targets in 7 days`,
    );
  },
};
