import { hit, type Rule } from "./rule.js";

/**
 * One buyer behind several accounts (the same phone, card, device or door under one name):
 * new-member coupons taken again and again, or purchase limits per account dodged.
 */
export const multipleAccounts: Rule = {
  code: "multiple_accounts",
  evaluate: ({ group }) => {
    if (group.accounts < 2) return null;
    return hit(
      "multiple_accounts",
      Math.min(45, 20 + 12 * (group.accounts - 2)),
      `同一人物とみられる ${group.accounts} 件のアカウントが連携しています`,
      `${group.accounts} accounts are tied to one buyer`,
    );
  },
};
