import { hit, type Rule } from "./rule.js";

const HOUR = 3_600_000;

export const newAccount: Rule = {
  code: "new_account",
  evaluate: ({ order, placedAt }) => {
    const created = order.customer?.createdAt ? Date.parse(order.customer.createdAt) : Number.NaN;
    if (Number.isNaN(created)) return null;
    const age = placedAt.getTime() - created;
    // An account made after its own order is a clock or data error, not a sign.
    if (age < 0) return null;
    if (age < HOUR)
      return hit(
        "new_account",
        15,
        "作成から 1 時間以内のアカウントです",
        "The account was created less than an hour ago",
      );
    if (age < 24 * HOUR)
      return hit(
        "new_account",
        10,
        "作成から 24 時間以内のアカウントです",
        "The account was created less than a day ago",
      );
    return null;
  },
};
