import { disposableEmail } from "./disposable-email.js";
import { checkRule, factsOf } from "./fixtures.js";

checkRule(disposableEmail, [
  ["a mailinator address", factsOf({ customer: { email: "x@mailinator.com" } }), "disposable_email"],
  ["a docomo address", factsOf({ customer: { email: "taro..yamada.@docomo.ne.jp" } }), null],
]);
