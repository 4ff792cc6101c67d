import { signalValue } from "@shinsa/shared";
import type { FlagJudge } from "./judge.js";

/**
 * Built-ins whose source is script, not `[native code]`: anti-detect browsers and spoofing
 * extensions replace canvas, WebGL, audio and navigator getters to change the fingerprint.
 * A getter that throws on inspection is a Proxy guarding itself, the same thing.
 */
export const judgeNonNativeFunctions: FlagJudge = ({ signals }) => {
  const replaced = signalValue(signals, "tampering")?.nonNative ?? [];
  return replaced.length > 0
    ? [
        {
          flag: "tampering",
          code: "non_native_functions",
          message: `built-in functions replaced by script: ${replaced.slice(0, 5).join(", ")}`,
          ja: `スクリプトで置き換えられた組み込み関数: ${replaced.slice(0, 5).join(", ")}`,
        },
      ]
    : [];
};
