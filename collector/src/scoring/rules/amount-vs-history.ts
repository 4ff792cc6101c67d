import { hit, type Rule } from "./rule.js";

/** Far above what this customer usually spends: a taken-over account, often. */
export const amountVsHistory: Rule = {
  code: "amount_vs_history",
  evaluate: ({ order, customer }) => {
    const mean = customer.meanAmount;
    if (order.amount === undefined || mean === null || customer.previousOrders < 2) return null;
    if (order.amount < 30_000 || order.amount < 5 * mean) return null;
    const times = Math.round(order.amount / Math.max(mean, 1));
    return hit(
      "amount_vs_history",
      15,
      `普段の注文額の約 ${times} 倍です`,
      `About ${times} times this customer's usual order`,
    );
  },
};
