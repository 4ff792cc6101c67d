import { signalValue } from "@shinsa/shared";
import { type FlagJudge, flagReason } from "./judge.js";

// Fonts every installation of the system ships (of the families sdk/src/signals/fonts.ts looks
// for): a Windows without Segoe UI, Tahoma, Consolas or the Japanese UI fonts, or a macOS without
// Helvetica Neue, Menlo, Monaco or Hiragino, is another system claiming to be one. Injectors rewrite
// the user agent but not the fonts the machine can draw with.
const SYSTEM_FONTS: [RegExp, string, string[]][] = [
  [/Windows NT/, "Windows", ["Segoe UI", "Tahoma", "Consolas", "Calibri", "MS Gothic", "Meiryo", "Yu Gothic"]],
  [
    /Macintosh|Mac OS X(?!.*(iPhone|iPad))/,
    "macOS",
    ["Helvetica Neue", "Menlo", "Monaco", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Apple Color Emoji"],
  ],
];

export const judgeClaimedOsFonts: FlagJudge = ({ signals }) => {
  const ua = signalValue(signals, "userAgent")?.userAgent ?? "";
  const fonts = signalValue(signals, "fonts");
  if (!fonts || /iPhone|iPad|iPod/.test(ua)) return [];
  for (const [pattern, os, markers] of SYSTEM_FONTS) {
    if (pattern.test(ua) && !markers.some((f) => fonts.includes(f))) {
      return [
        flagReason(
          "tampering",
          "fonts_do_not_fit_os",
          `the user agent says ${os} but none of ${os}'s own fonts is installed`,
          `ユーザーエージェントは ${os} ですが ${os} 標準のフォントがありません`,
        ),
      ];
    }
  }
  return [];
};
