import { hit, type Rule } from "./rule.js";

export const disposableEmail: Rule = {
  code: "disposable_email",
  evaluate: ({ identity }) =>
    identity.email?.class === "disposable"
      ? hit("disposable_email", 30, "使い捨てメールアドレスです", "The e-mail address is disposable")
      : null,
};
