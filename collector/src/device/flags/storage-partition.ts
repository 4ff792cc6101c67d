import { signalValue } from "@shinsa/shared";
import { type FlagJudge, flagReason } from "./judge.js";

// Chromium partitions a frame's storage by the sites above it since version 115, on every
// platform, with no setting a person can reach; Playwright and its forks (patchright, which hides
// every other trace of the driver) launch Chromium with `--disable-features=ThirdPartyStoragePartitioning`.
// So when the SDK's probe (sdk/src/signals/partition.ts) finds a frame under another site sharing
// the page's storage, or refused it, the browser was started by such a tool.
//
// Judged only where that default holds: a Chromium browser (the User-Agent header the browser
// sent, not the page's claim) of 115 or later, and not an Android WebView (in-app browsers such as
// LINE's), which has its own storage rules. Firefox and Safari key storage by the top-level site
// alone, so there the probe's "shared" is honest.
const PARTITIONED_SINCE = 115;

export const judgeStoragePartition: FlagJudge = ({ signals, headers }) => {
  const found = signalValue(signals, "partition");
  if (found !== "shared" && found !== "blocked") return [];
  const ua = headers["user-agent"] ?? "";
  const major = Number(/Chrome\/(\d+)/.exec(ua)?.[1] ?? 0);
  if (major < PARTITIONED_SINCE || /; wv\)/.test(ua)) return [];
  return [
    flagReason(
      "automation",
      "storage_not_partitioned",
      `Chromium ${major} without third-party storage partitioning (a frame under another site ${found === "shared" ? "shared the page's storage" : "was refused storage"}): a switch Playwright and its forks set at launch`,
      `サードパーティのストレージ分離が無効な Chromium ${major} です (Playwright 系の自動化ツールが起動時に設定するもの)`,
    ),
  ];
};
