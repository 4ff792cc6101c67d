import { hit, type Rule } from "./rule.js";

/** The order joins a standing group of three or more accounts: a ring, or one buyer's stable of accounts. */
export const ringSize: Rule = {
  code: "ring_size",
  evaluate: ({ rings, customerKey, joined }) => {
    const own = customerKey !== null && !joined.some((j) => j.customerKey === customerKey) ? 1 : 0;
    const accounts = rings.accounts + own;
    if (accounts < 3) return null;
    return hit(
      "ring_size",
      Math.min(40, 15 + 8 * (accounts - 3)),
      `${accounts} アカウントからなるグループ (${rings.orders} 件の注文) に連なる注文です`,
      `The order joins a group of ${accounts} accounts (${rings.orders} orders)`,
    );
  },
};
