import { hit, type Rule } from "./rule.js";

/**
 * One buyer behind several accounts (the same phone, card, device or door under one name):
 * new-member coupons taken again and again, or purchase limits per account dodged.
 *
 * Two accounts under the buyer's own name, the other not one used only at its sign-up within the
 * month (`nameAccounts.fresh`), are a sign-up again (a mailbox lost with a carrier change, a
 * forgotten login) and the new account's orders after it, not a run of accounts: the rule stands
 * aside. A third account, or a one-order account beside this one (a coupon taken twice), are not that.
 */
export const multipleAccounts: Rule = {
  code: "multiple_accounts",
  evaluate: ({ group, nameAccounts }) => {
    if (group.accounts < 2) return null;
    const signUpAgain = group.accounts === 2 && nameAccounts.accounts === 1 && nameAccounts.fresh === 0;
    if (signUpAgain) return null;
    return hit(
      "multiple_accounts",
      Math.min(45, 20 + 12 * (group.accounts - 2)),
      `同一人物とみられる ${group.accounts} 件のアカウントが連携しています`,
      `${group.accounts} accounts are tied to one buyer`,
    );
  },
};
