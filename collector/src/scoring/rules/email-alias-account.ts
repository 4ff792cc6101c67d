import { isFamilyPair } from "../facts/link-facts.js";
import { hit, type Rule } from "./rule.js";

/**
 * A second name of a mailbox (a +tag, a Yahoo! JAPAN sub-address) on an account other than the one
 * that mailbox already shops under: a new account made to reach the same inbox, as first-purchase
 * coupons are taken again. One account written with an alias is nobody's concern (people give each
 * shop its own +tag or sub-address to sort their mail): it needs another account joined by that
 * mailbox, and not a relative's (same surname, another name: a family sharing one mailbox, each
 * member's account under its own tag).
 */
export const emailAliasAccount: Rule = {
  code: "email_alias_account",
  evaluate: ({ identity, joined, customerKey, personKey, surnameKey }) => {
    if (!identity.email?.alias) return null;
    const other = joined.some(
      (j) =>
        j.via.includes("email") &&
        j.customerKey !== null &&
        j.customerKey !== customerKey &&
        !isFamilyPair({ personKey, surnameKey }, j),
    );
    if (!other) return null;
    return hit(
      "email_alias_account",
      15,
      "メールアドレスが、別のアカウントで使われているメールボックスの別名（+タグ・セーフティーアドレス）です",
      "The e-mail is another name (+tag or sub-address) of a mailbox that another account here uses",
    );
  },
};
