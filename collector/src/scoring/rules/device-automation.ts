import { hit, type Rule } from "./rule.js";

export const deviceAutomation: Rule = {
  code: "device_automation",
  evaluate: ({ device }) =>
    device?.flags.automation || device?.flags.bot
      ? hit(
          "device_automation",
          45,
          "自動化ツールまたはボットからの注文です",
          "The order came from an automated browser or bot",
        )
      : null,
};
