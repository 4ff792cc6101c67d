import { signalValue } from "@shinsa/shared";
import { type FlagJudge, flagReason } from "./judge.js";

// The browser writes Accept-Language from the same preference as navigator.languages; a page whose
// first language is another one than the header's has had navigator rewritten (or the header).
// Only the primary subtag is compared: Chrome may send `ja` where the page says `ja-JP`.
const primary = (tag: string | undefined) =>
  tag
    ?.split(/[-_;,]/)[0]
    ?.trim()
    .toLowerCase() ?? "";

export const judgeAcceptLanguage: FlagJudge = ({ signals, headers }) => {
  const header = primary(headers["accept-language"]);
  const page = primary(signalValue(signals, "locale")?.languages[0]);
  return header && page && header !== "*" && header !== page
    ? [
        flagReason(
          "tampering",
          "accept_language_mismatch",
          `the Accept-Language header starts with ${header}, navigator.languages with ${page}`,
          `Accept-Language ヘッダー (${header}) と navigator.languages (${page}) の言語が違います`,
        ),
      ]
    : [];
};
