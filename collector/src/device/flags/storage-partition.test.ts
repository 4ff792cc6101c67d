import { describe, expect, it } from "vitest";
import { codesOf, deviceFacts, HONEST_UA } from "../../testing/device-facts.js";
import { judgeStoragePartition } from "./storage-partition.js";

const WEBVIEW_UA =
  "Mozilla/5.0 (Linux; Android 14; SO-51D Build/64.2.A.2.93; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/156.0.0.0 Mobile Safari/537.36 Line/14.9.0";
const FIREFOX_UA = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
const OLD_CHROME_UA = HONEST_UA.replace("Chrome/156", "Chrome/114");

describe("third-party storage partitioning", () => {
  it("finds nothing in a Chromium that keeps the frame's storage apart", () => {
    expect(codesOf(judgeStoragePartition, deviceFacts())).toEqual([]);
  });

  it.each(["shared", "blocked"] as const)("flags automation when the framed document's storage was %s", (found) => {
    const reasons = judgeStoragePartition(deviceFacts({ partition: found }));
    expect(reasons.map((r) => [r.flag, r.code])).toEqual([["automation", "storage_not_partitioned"]]);
  });

  it("counts a headless Chromium (HeadlessChrome/156) as the Chromium it is", () => {
    const headless = HONEST_UA.replace("Chrome/156", "HeadlessChrome/156");
    expect(codesOf(judgeStoragePartition, deviceFacts({ partition: "blocked" }, { "user-agent": headless }))).toEqual([
      "storage_not_partitioned",
    ]);
  });

  it.each(["unknown", "framed"] as const)("says nothing when the probe answered %s (a CSP, a framed page)", (found) => {
    expect(codesOf(judgeStoragePartition, deviceFacts({ partition: found }))).toEqual([]);
  });

  it("says nothing when the browser did not report the probe", () => {
    expect(codesOf(judgeStoragePartition, deviceFacts({ partition: undefined }))).toEqual([]);
  });

  it.each([
    ["an Android WebView (LINE's in-app browser)", WEBVIEW_UA],
    ["Firefox, which keys storage by the top-level site alone", FIREFOX_UA],
    ["a Chromium older than 115, before partitioning shipped", OLD_CHROME_UA],
  ])("leaves %s alone", (_, ua) => {
    expect(codesOf(judgeStoragePartition, deviceFacts({ partition: "shared" }, { "user-agent": ua }))).toEqual([]);
  });
});
