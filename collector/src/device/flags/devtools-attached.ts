import { signalValue } from "@shinsa/shared";
import { type FlagJudge, flagReason } from "./judge.js";

// A browser started by hand and driven over the DevTools protocol (nodriver, undetected-chromedriver,
// a script attaching with Playwright's connectOverCDP) carries no automation switch and shows the
// page nothing of its driver; but the driver keeps the Runtime domain on, and then Chromium builds
// and sends a preview of every console argument. The SDK times, round by round, ten console calls
// beside a hundred JSON.stringify of the same objects (sdk/src/signals/inspector.ts).
//
// The console is read by its fastest round: a busy machine only ever adds time to a round (a
// garbage collection, the thread descheduled), so the minimum is what the console itself costs.
// The baseline is read by its median: its fastest round can fall a timer step short, and a dearer
// baseline only lowers the ratio. Measured over 40 honest starts and 80 attached visits
// (docs/signals.md, "A DevTools client"): honest 0.4-2.6x, attached 5.7-35x; by medians on both
// sides an honest browser starting up beside others had reached 6x.
//
// Two floors, both needed: the ratio, so a slow phone (where both sides are slow) is not judged by
// its speed; and the console's own time, so the timer's 0.1 ms steps cannot make a ratio out of
// nothing. Judged for Chromium browsers only (the User-Agent header the browser sent): other
// engines price their console differently and the drivers this catches drive Chromium.
const RATIO = 5;
const MIN_CONSOLE_MS = 3;
const TIMER_STEP_MS = 0.1;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;

export const judgeDevtoolsAttached: FlagJudge = ({ signals, headers }) => {
  const cost = signalValue(signals, "inspector");
  if (cost === undefined || cost === "unknown") return [];
  if (!/Chrome\/\d+/.test(headers["user-agent"] ?? "")) return [];
  const consoleMs = Math.min(...cost.consoleMs);
  // A baseline under the timer's step is read as one step: the ratio is then a lower bound.
  const baselineMs = Math.max(median(cost.baselineMs), TIMER_STEP_MS);
  const ratio = consoleMs / baselineMs;
  if (consoleMs < MIN_CONSOLE_MS || ratio < RATIO) return [];
  return [
    flagReason(
      "automation",
      "devtools_attached",
      `A DevTools client was reading the page's console: logging cost ${ratio.toFixed(0)}x plain JavaScript of the same size (${consoleMs} ms in its fastest round against ${baselineMs} ms), as when a driver attaches over the DevTools protocol`,
      `DevTools のクライアントがページに接続されています (コンソール出力が通常の ${ratio.toFixed(0)} 倍の時間): 開発者ツールのプロトコルで操作される自動化ブラウザの特徴です`,
    ),
  ];
};
