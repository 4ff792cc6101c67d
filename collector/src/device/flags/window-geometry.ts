import { signalValue } from "@shinsa/shared";
import { type FlagJudge, flagReason } from "./judge.js";

// A window cannot be larger than the screen it is on. DevTools screen emulation (Playwright's
// viewport sets the screen to the viewport's size) and injected screen sizes leave the real
// window's outer size behind. Windows reports a maximised window 16 px wider and taller than the
// screen (its borders sit off-screen), so only a larger excess counts.
const SLACK_PX = 32;

export const judgeWindowGeometry: FlagJudge = ({ signals }) => {
  const s = signalValue(signals, "screen");
  if (!s?.outerWidth || !s.outerHeight || !s.width || !s.height) return [];
  return s.outerWidth > s.width + SLACK_PX || s.outerHeight > s.height + SLACK_PX
    ? [
        flagReason(
          "tampering",
          "window_larger_than_screen",
          `the window (${s.outerWidth}×${s.outerHeight}) is larger than the screen (${s.width}×${s.height})`,
          `ウィンドウ (${s.outerWidth}×${s.outerHeight}) が画面 (${s.width}×${s.height}) より大きくなっています`,
        ),
      ]
    : [];
};
