import { hit, type Rule } from "./rule.js";

// Many honest buyers shop in private windows: a small nudge, never a reason on its own.
export const deviceIncognito: Rule = {
  code: "device_incognito",
  evaluate: ({ device }) =>
    device?.flags.incognito
      ? hit("device_incognito", 5, "シークレットモードのブラウザです", "The browser is in a private window")
      : null,
};
