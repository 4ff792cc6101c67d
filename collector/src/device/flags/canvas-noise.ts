import { signalValue } from "@shinsa/shared";
import type { FlagJudge } from "./judge.js";

/**
 * The same drawing, twice on one page, gives the same pixels in every browser that does not add
 * noise on purpose (Brave's farbling, Firefox's resistFingerprinting and spoofing extensions do).
 * Brave announces itself; it is judged like the rest: the merchant decides what noise is worth.
 */
export const judgeCanvasNoise: FlagJudge = ({ signals }) =>
  signalValue(signals, "tampering")?.canvasNoise === true
    ? [
        {
          flag: "tampering",
          code: "canvas_noise",
          message: "two identical canvas drawings gave different pixels",
          ja: "同じ canvas の描画が毎回違う結果になります (ノイズ付加)",
        },
      ]
    : [];
