import { hit, type Rule } from "./rule.js";

export const threeDSecure: Rule = {
  code: "three_d_secure",
  evaluate: ({ order, group, riskyUnits }) => {
    const payment = order.payment;
    if (payment?.method && payment.method !== "card") return null;
    switch (payment?.threeDSecure) {
      case "authenticated":
        // Someone passed the issuer's check: most honest card orders in Japan (3-D Secure is
        // required of every shop since 2025), and phishing relays the one-time code, so the credit
        // is small. One buyer under several accounts
        // (new-member coupons again and again) pays with a card of their own. A family sharing a
        // card or phone is several people, and keeps the credit.
        if (group.accounts > 1 && group.persons === 1) return null;
        // It says whose card it is, not why they buy: resellers pay with cards of their own, so an
        // order of resale targets earns no credit (it would hide a ring member no link ties yet
        // among the honest orders with nothing against them).
        if (riskyUnits > 0) return null;
        return hit(
          "three_d_secure_authenticated",
          -10,
          "3-D セキュア認証済みです",
          "3-D Secure authenticated the card holder",
        );
      case "failed":
        return hit("three_d_secure_failed", 25, "3-D セキュア認証に失敗しました", "3-D Secure authentication failed");
      case "none":
        return hit("three_d_secure_none", 5, "3-D セキュア認証がありません", "No 3-D Secure authentication");
      default:
        return null;
    }
  },
};
