import { type Signals, signalValue } from "@shinsa/shared";
import { type FlagJudge, flagReason } from "./judge.js";

// A dedicated Worker reads navigator, Intl and WebGL on a thread that page init scripts, stealth
// plugins and fingerprint injectors do not reach: a real browser answers the same there as in the
// page. "blocked" (a CSP) and "unsupported" leave nothing to compare, so nothing is judged.

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sorted = (brands: { brand: string; version: string }[]) => brands.map((b) => `${b.brand};${b.version}`).sort();

/** The facts page and worker disagree on, by name. */
export function getWorkerDisagreements(signals: Signals): string[] {
  const w = signalValue(signals, "worker");
  if (!w || typeof w === "string") return [];
  const ua = signalValue(signals, "userAgent");
  const hardware = signalValue(signals, "hardware");
  const languages = signalValue(signals, "locale")?.languages;
  const zone = signalValue(signals, "timezone")?.name;
  const renderer = signalValue(signals, "graphics")?.renderer;
  const hints = ua?.clientHints;
  const checks: [string, boolean][] = [
    ["userAgent", !!ua && ua.userAgent !== w.userAgent],
    ["platform", ua?.platform !== undefined && ua.platform !== w.platform],
    [
      "hardwareConcurrency",
      hardware?.concurrency != null && w.concurrency != null && hardware.concurrency !== w.concurrency,
    ],
    ["deviceMemory", hardware?.memory != null && w.memory != null && hardware.memory !== w.memory],
    ["languages", !!languages?.length && w.languages.length > 0 && !same(languages, w.languages)],
    ["timeZone", !!zone && !!w.timezone && zone !== w.timezone],
    ["userAgentData.brands", !!hints && !!w.brands && !same(sorted(hints.brands), [...w.brands].sort())],
    ["userAgentData.platform", !!hints && w.hintPlatform !== null && hints.platform !== w.hintPlatform],
    ["userAgentData.mobile", !!hints && w.mobile !== null && hints.mobile !== w.mobile],
    ["webglRenderer", !!renderer && !!w.gpu?.[1] && renderer !== w.gpu[1]],
  ];
  return checks.filter(([, differs]) => differs).map(([name]) => name);
}

export const judgeWorkerMismatch: FlagJudge = ({ signals }) => {
  const differ = getWorkerDisagreements(signals);
  return differ.length > 0
    ? [
        flagReason(
          "tampering",
          "worker_mismatch",
          `the page and a Worker disagree on ${differ.join(", ")}`,
          `ページとWorkerで値が食い違っています: ${differ.join(", ")}`,
        ),
      ]
    : [];
};
