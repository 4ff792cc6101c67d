import { hit, type Rule } from "./rule.js";

/** One browser or device buying for several accounts under several surnames: one hand behind many names. */
export const deviceManyAccounts: Rule = {
  code: "device_many_accounts",
  evaluate: ({ deviceUse }) => {
    const { accounts, surnames } = deviceUse;
    if (accounts < 3 && surnames < 2) return null;
    const score = Math.min(45, 10 + 8 * Math.max(accounts - 2, surnames - 1));
    return hit(
      "device_many_accounts",
      score,
      `この端末は ${accounts} 件のアカウント・${surnames} 種類の姓で使われています`,
      `This device is used by ${accounts} accounts under ${surnames} surnames`,
    );
  },
};
