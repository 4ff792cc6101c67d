import { hit, type Rule } from "./rule.js";

export const tokenStatus: Rule = {
  code: "token_status",
  evaluate: ({ token }) => {
    switch (token.status) {
      case "unknown":
        return hit("token_unknown", 20, "端末トークンが見つかりません", "The device token is unknown");
      case "expired":
        return hit("token_expired", 10, "端末トークンの有効期限が切れています", "The device token has expired");
      case "reused":
        return hit(
          "token_reused",
          30,
          `端末トークンが別の注文 ${token.reusedBy} で使用済みです`,
          `The device token was already used by order ${token.reusedBy}`,
        );
      default:
        return null;
    }
  },
};
