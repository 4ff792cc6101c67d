import { signalValue } from "@shinsa/shared";
import { type FlagJudge, flagReason } from "./judge.js";

/**
 * Built-ins that behave as no native one does (sdk/src/signals/integrity.ts): a Proxy, a getter
 * that answers any receiver, a function with a prototype, navigator.webdriver deleted. Stealth
 * plugins and fingerprint injectors hide their replacements' source behind `[native code]`; they
 * rarely copy these behaviours too.
 */
export const judgeNativeLies: FlagJudge = ({ signals }) => {
  const lies = signalValue(signals, "integrity")?.lies ?? [];
  return lies.length > 0
    ? [
        flagReason(
          "tampering",
          "native_function_lies",
          `built-ins that do not behave natively: ${lies.slice(0, 5).join(", ")}`,
          `ネイティブでない振る舞いの組み込み関数: ${lies.slice(0, 5).join(", ")}`,
        ),
      ]
    : [];
};
