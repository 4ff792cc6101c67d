import { type FlagReason, signalValue } from "@shinsa/shared";
import type { FlagJudge } from "./judge.js";
import { samePlatform } from "./tampering.js";

// Chromium sends `Sec-CH-UA-Platform` and `Sec-CH-UA-Mobile` on every request to a secure origin
// (https://wicg.github.io/ua-client-hints/#http-ua-hints). Page script can redefine
// navigator.platform and can override the User-Agent header through extensions or DevTools, but
// the two rarely get changed together with the hint headers: a disagreement is a spoofed story.

export const judgeClientHintHeaders: FlagJudge = ({ signals, headers, client }) => {
  const reasons: FlagReason[] = [];
  const header = headers["sec-ch-ua-platform"]?.replace(/"/g, "").trim();
  const ua = signalValue(signals, "userAgent");
  if (header) {
    if (ua?.platform && !samePlatform(header, ua.platform)) {
      reasons.push({
        flag: "tampering",
        code: "platform_header_mismatch",
        message: `the Sec-CH-UA-Platform header says ${header} but navigator.platform says ${ua.platform}`,
        ja: `Sec-CH-UA-Platform ヘッダー (${header}) と navigator.platform (${ua.platform}) が違います`,
      });
    }
    const os = client.os.name;
    if (os && !samePlatform(header, os)) {
      reasons.push({
        flag: "tampering",
        code: "user_agent_header_platform_mismatch",
        message: `the Sec-CH-UA-Platform header says ${header} but the User-Agent header says ${os}`,
        ja: `Sec-CH-UA-Platform ヘッダー (${header}) と User-Agent ヘッダー (${os}) が違います`,
      });
    }
  }
  const mobileHeader = headers["sec-ch-ua-mobile"];
  const mobile = ua?.clientHints?.mobile;
  if ((mobileHeader === "?0" || mobileHeader === "?1") && mobile !== undefined && mobile !== (mobileHeader === "?1")) {
    reasons.push({
      flag: "tampering",
      code: "mobile_header_mismatch",
      message: `the Sec-CH-UA-Mobile header says ${mobileHeader} but the page claims mobile: ${mobile}`,
      ja: "Sec-CH-UA-Mobile ヘッダーとページのモバイル判定が違います",
    });
  }
  return reasons;
};
