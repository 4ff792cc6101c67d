import { type FlagReason, signalValue } from "@shinsa/shared";
import type { FlagJudge } from "./judge.js";

/** WebDriver, headless browsers and the globals automation frameworks leave on the page. */
export const judgeAutomation: FlagJudge = ({ signals, headers }) => {
  const reasons: FlagReason[] = [];
  const automation = signalValue(signals, "automation");
  if (automation?.webdriver) {
    reasons.push({
      flag: "automation",
      code: "webdriver",
      message: "navigator.webdriver is true",
      ja: "navigator.webdriver が true です (自動化ブラウザ)",
    });
  }
  if (automation && automation.traces.length > 0) {
    reasons.push({
      flag: "automation",
      code: "automation_traces",
      message: `automation traces on the page: ${automation.traces.slice(0, 5).join(", ")}`,
      ja: `ページに自動化ツールの痕跡があります: ${automation.traces.slice(0, 5).join(", ")}`,
    });
  }
  const ua = headers["user-agent"] ?? "";
  if (/HeadlessChrome|PhantomJS|Electron\//.test(ua)) {
    reasons.push({
      flag: "automation",
      code: "headless_user_agent",
      message: "the User-Agent names a headless browser",
      ja: "User-Agent がヘッドレスブラウザを名乗っています",
    });
  }
  return reasons;
};
