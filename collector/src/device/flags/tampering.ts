import type { FlagReason } from "@shinsa/shared";
import { signalValue } from "../identify.js";
import type { FlagJudge } from "./judge.js";

/**
 * The page's own account of itself against what its browser sent on the wire. A script can
 * overwrite navigator.userAgent; it cannot change the User-Agent header of the request.
 */
export const judgeTampering: FlagJudge = ({ signals, headers }) => {
  const reasons: FlagReason[] = [];
  const ua = signalValue(signals, "userAgent");
  const headerUa = headers["user-agent"];
  if (ua && headerUa && ua.userAgent !== headerUa) {
    reasons.push({
      flag: "tampering",
      code: "user_agent_mismatch",
      message: "navigator.userAgent differs from the User-Agent header",
    });
  }
  const hintPlatform = ua?.clientHints?.platform;
  if (ua?.platform && hintPlatform && platformFamily(ua.platform) !== platformFamily(hintPlatform)) {
    reasons.push({
      flag: "tampering",
      code: "platform_mismatch",
      message: `navigator.platform says ${ua.platform} but client hints say ${hintPlatform}`,
    });
  }
  return reasons;
};

function platformFamily(platform: string): string {
  const p = platform.toLowerCase();
  if (p.startsWith("win")) return "windows";
  if (p.startsWith("mac") || p === "macos") return "mac";
  if (p.includes("android")) return "android";
  if (p.includes("linux") || p.includes("chrome os") || p.includes("cros")) return "linux";
  if (p.startsWith("iphone") || p.startsWith("ipad") || p === "ios") return "ios";
  return p;
}
