import { hit, type Rule } from "./rule.js";

/** The order joins a standing group of three or more accounts: a ring, or one buyer's stable of accounts. */
export const ringSize: Rule = {
  code: "ring_size",
  evaluate: ({ rings, customerKey, joined, riskyUnits }) => {
    // Tied to the group by nothing but the account's own earlier orders, for nothing a ring trades
    // in: an everyday order of an account once held in a launch-day burst (an honest fan among a
    // ring's buyers, too) says nothing of the group. Its resale targets still do.
    const ownOnly = customerKey !== null && joined.every((j) => j.customerKey === customerKey);
    if (ownOnly && riskyUnits === 0) return null;
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
