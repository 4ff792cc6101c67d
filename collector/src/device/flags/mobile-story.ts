import { type FlagReason, signalValue } from "@shinsa/shared";
import { type FlagJudge, flagReason } from "./judge.js";

// A phone's browser has a touch screen as its primary pointer. A phone's user agent on a page with
// no touch points, or whose primary pointer is a mouse (`pointer: fine`), is a desktop wearing a
// phone's fingerprint. iOS browsers are all WebKit: none has `navigator.userAgentData`, so an
// iPhone story told by a page that has it is Chromium underneath.
const PHONE = /Android|iPhone|iPad|iPod|Mobile/;
const IOS = /iPhone|iPad|iPod/;

export const judgeMobileStory: FlagJudge = ({ signals }) => {
  const ua = signalValue(signals, "userAgent");
  if (!ua || !PHONE.test(ua.userAgent)) return [];
  const reasons: FlagReason[] = [];
  const touchPoints = signalValue(signals, "hardware")?.maxTouchPoints;
  const pointer = signalValue(signals, "media")?.pointer;
  if (touchPoints === 0 || pointer === "fine") {
    reasons.push(
      flagReason(
        "tampering",
        "mobile_without_touch",
        `a phone's user agent with ${touchPoints === 0 ? "no touch points" : "a mouse as its primary pointer"}`,
        "スマートフォンのユーザーエージェントなのにタッチ操作の端末ではありません",
      ),
    );
  }
  if (IOS.test(ua.userAgent) && ua.clientHints) {
    reasons.push(
      flagReason(
        "tampering",
        "ios_with_chromium_traits",
        "an iOS user agent on a page that has navigator.userAgentData, which no iOS browser has",
        "iOS のユーザーエージェントなのに iOS のブラウザにない userAgentData があります",
      ),
    );
  }
  return reasons;
};
