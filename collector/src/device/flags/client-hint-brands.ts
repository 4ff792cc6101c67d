import { type FlagReason, signalValue } from "@shinsa/shared";
import { type FlagJudge, flagReason } from "./judge.js";

// Chromium builds its client-hint brand list from the major version alone
// (GetGreasedUserAgentBrandVersion in components/embedder_support/user_agent_utils.cc; the spec:
// https://wicg.github.io/ua-client-hints/#create-arbitrary-brands-section): the placeholder brand
// is "Not" + c[v % 11] + "A" + c[(v + 1) % 11] + "Brand", version ["8", "99", "24"][v % 3]. Every
// Chromium browser (Chrome, Edge, Brave, Opera) keeps it. Tools that write brands by hand copy an
// old Chrome's " Not A;Brand" or another major's placeholder; the headers, the page, the full
// version list and the user agent then tell different stories.
const GREASE_CHARS = [" ", "(", ":", "-", ".", "/", ")", ";", "=", "?", "_"];
const GREASE_VERSIONS = ["8", "99", "24"];
// The placeholder table above has held since Chrome 103 or so; older majors are not judged.
const FIRST_JUDGED_MAJOR = 110;
const PLACEHOLDER = /^Not.A.Brand$/i;

/** The placeholder brand and version Chromium of this major version sends. */
export function greaseBrand(major: number): { brand: string; version: string } {
  const c = (seed: number) => GREASE_CHARS[seed % GREASE_CHARS.length] ?? "";
  return { brand: `Not${c(major)}A${c(major + 1)}Brand`, version: GREASE_VERSIONS[major % 3] ?? "" };
}

/** `"Chromium";v="156", "Not:A-Brand";v="8"` as brand;version pairs. */
export function parseSecChUa(header: string): string[] {
  return [...header.matchAll(/"((?:[^"\\]|\\.)*)"\s*;\s*v="([^"]*)"/g)].map((m) => `${m[1]};${m[2]}`);
}

const pairs = (brands: { brand: string; version: string }[]) => brands.map((b) => `${b.brand};${b.version}`).sort();
const major = (version: string) => version.split(".")[0] ?? "";

export const judgeClientHintBrands: FlagJudge = ({ signals, headers }) => {
  const ua = signalValue(signals, "userAgent");
  const hints = ua?.clientHints;
  const chromium = hints?.brands.find((b) => b.brand === "Chromium");
  if (!ua || !hints || !chromium) return [];
  const reasons: FlagReason[] = [];
  const v = Number(chromium.version);
  if (v >= FIRST_JUDGED_MAJOR) {
    const expected = greaseBrand(v);
    const placeholder = hints.brands.find((b) => PLACEHOLDER.test(b.brand));
    if (!placeholder || placeholder.brand !== expected.brand || placeholder.version !== expected.version) {
      reasons.push(
        flagReason(
          "tampering",
          "client_hints_grease_mismatch",
          `Chromium ${v} sends the placeholder brand ${expected.brand} ${expected.version}, this page ${placeholder ? `${placeholder.brand} ${placeholder.version}` : "none"}`,
          `Chromium ${v} のクライアントヒントにあるはずのブランド (${expected.brand}) と一致しません`,
        ),
      );
    }
  }
  const full = hints.fullVersionList;
  if (full && !same(full.map((b) => `${b.brand};${major(b.version)}`).sort(), pairs(hints.brands))) {
    reasons.push(
      flagReason(
        "tampering",
        "client_hints_version_list_mismatch",
        "userAgentData's brands and its full version list name different browsers",
        "userAgentData のブランドと詳細バージョン一覧が食い違っています",
      ),
    );
  }
  const header = headers["sec-ch-ua"];
  if (header && !same(parseSecChUa(header).sort(), pairs(hints.brands))) {
    reasons.push(
      flagReason(
        "tampering",
        "client_hints_header_mismatch",
        "the Sec-CH-UA header and the page's userAgentData name different brands",
        "Sec-CH-UA ヘッダーとページの userAgentData のブランドが食い違っています",
      ),
    );
  }
  const uaMajor = /(?:Chrome|Chromium|CriOS)\/(\d+)/.exec(ua.userAgent)?.[1];
  if (uaMajor && uaMajor !== chromium.version) {
    reasons.push(
      flagReason(
        "tampering",
        "user_agent_version_mismatch",
        `the user agent says Chrome ${uaMajor}, userAgentData says Chromium ${chromium.version}`,
        `ユーザーエージェント (Chrome ${uaMajor}) と userAgentData (Chromium ${chromium.version}) のバージョンが違います`,
      ),
    );
  }
  return reasons;
};

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
