import { hit, type Rule } from "./rule.js";

export const allowList: Rule = {
  code: "allow_list",
  evaluate: ({ allowed }) =>
    allowed.length > 0
      ? hit("allow_list", -30, "許可リストに登録された顧客です", `On the site's allow list (${allowed.join(", ")})`)
      : null,
};
