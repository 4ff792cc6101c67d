import { signalValue } from "@shinsa/shared";
import type { FlagJudge } from "./judge.js";

// Browsers define these on Navigator.prototype; a copy on the navigator object itself comes from
// `Object.defineProperty(navigator, …)`, the usual way a script spoofs them. Other own properties
// (an extension's `navigator.someWallet`) say nothing about the device and are not judged.
const IDENTIFYING = new Set([
  "userAgent",
  "appVersion",
  "platform",
  "vendor",
  "language",
  "languages",
  "hardwareConcurrency",
  "deviceMemory",
  "maxTouchPoints",
  "webdriver",
  "plugins",
  "mimeTypes",
  "userAgentData",
  "connection",
  "doNotTrack",
  "oscpu",
]);

export const judgeNavigatorOverrides: FlagJudge = ({ signals }) => {
  const overridden = (signalValue(signals, "tampering")?.ownNavigatorProps ?? []).filter((p) => IDENTIFYING.has(p));
  return overridden.length > 0
    ? [
        {
          flag: "tampering",
          code: "navigator_overrides",
          message: `navigator properties redefined by script: ${overridden.slice(0, 5).join(", ")}`,
          ja: `スクリプトで書き換えられた navigator のプロパティ: ${overridden.slice(0, 5).join(", ")}`,
        },
      ]
    : [];
};
