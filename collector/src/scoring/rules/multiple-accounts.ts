import { hit, type Rule } from "./rule.js";

/** The most accounts one household's members keep at one shop (a couple, their children, a parent). */
const HOUSEHOLD = 4;

/**
 * One buyer behind several accounts (the same phone, card, device or door under one name):
 * new-member coupons taken again and again, or purchase limits per account dodged.
 *
 * Two accounts under the buyer's own name, the other not one used only at its sign-up within the
 * month (`nameAccounts.fresh`), are a sign-up again (a mailbox lost with a carrier change, a
 * forgotten login) and the new account's orders after it, not a run of accounts: the rule stands
 * aside. A third account, or a one-order account beside this one (a coupon taken twice), are not that;
 * nor are two accounts both buying resale targets within a week (a lost login is not used again,
 * and a per-account limit is dodged by keeping both).
 *
 * A household stands aside too: an order of everyday goods (or resale targets no other account of
 * the group bought within a week of it), whose group is at most HOUSEHOLD accounts,
 * the others all relatives' (other given names under the buyer's surname, as a family register takes
 * no two alike; or a foreign-born spouse's own name at the door), none dropped after its first order.
 * Relatives share a landline, a mailbox under tags, a card. What the rule is for needs a throwaway
 * account (a coupon taken again) or goods a ring resells (a per-account limit dodged), and a
 * household's kept accounts buying rice show neither. One person posing as a family drops each
 * account after one order and is still caught.
 */
export const multipleAccounts: Rule = {
  code: "multiple_accounts",
  evaluate: ({ group, nameAccounts, otherAccounts }) => {
    if (group.accounts < 2) return null;
    const signUpAgain =
      group.accounts === 2 && nameAccounts.accounts === 1 && nameAccounts.fresh === 0 && nameAccounts.resale === 0;
    if (signUpAgain) return null;
    // Everyday goods, or one relative buying a console, is no limit dodged; the household's other
    // accounts buying resale targets in the same week are (otherAccounts.resale counts them).
    const household =
      otherAccounts.resale === 0 &&
      group.accounts <= HOUSEHOLD &&
      otherAccounts.strangers === 0 &&
      otherAccounts.fresh === 0;
    if (household) return null;
    return hit(
      "multiple_accounts",
      Math.min(45, 20 + 12 * (group.accounts - 2)),
      `同一人物とみられる ${group.accounts} 件のアカウントが連携しています`,
      `${group.accounts} accounts are tied to one buyer`,
    );
  },
};
