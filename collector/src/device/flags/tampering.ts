import { type FlagReason, signalValue } from "@shinsa/shared";
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
      ja: "navigator.userAgent が User-Agent ヘッダーと違います",
    });
  }
  const hintPlatform = ua?.clientHints?.platform;
  if (ua?.platform && hintPlatform && !samePlatform(hintPlatform, ua.platform)) {
    reasons.push({
      flag: "tampering",
      code: "platform_mismatch",
      message: `navigator.platform says ${ua.platform} but client hints say ${hintPlatform}`,
      ja: `navigator.platform (${ua.platform}) とクライアントヒント (${hintPlatform}) が違います`,
    });
  }
  return reasons;
};

/** The OS family of a platform name as navigator, client hints or ua-parser-js spell it. */
export function platformFamily(platform: string): string {
  const p = platform.toLowerCase().replace(/"/g, "").trim();
  if (p.startsWith("win")) return "windows";
  if (p.startsWith("mac") || p === "macos") return "mac";
  if (p.includes("android")) return "android";
  if (/linux|chrom(e|ium) ?os|cros|ubuntu|debian|fedora|mint|arch|gentoo|red ?hat|suse/.test(p)) return "linux";
  if (p.startsWith("iphone") || p.startsWith("ipad") || p === "ios") return "ios";
  return p;
}

/** Whether a client hint's platform and another claim agree. Android's navigator.platform is `Linux armv8l`. */
export function samePlatform(hint: string, other: string): boolean {
  const a = platformFamily(hint);
  const b = platformFamily(other);
  return a === b || (a === "android" && b === "linux");
}
