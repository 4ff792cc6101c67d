import { describe, expect, it } from "vitest";
import { codesOf, deviceFacts, HONEST_UA } from "../../testing/device-facts.js";
import { judgeDevtoolsAttached } from "./devtools-attached.js";

const FIREFOX_UA = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
const SAFARI_UA =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1";

const cost = (consoleMs: number, baselineMs: number) => ({ inspector: { consoleMs, baselineMs } });

describe("a DevTools client attached to the page", () => {
  it("finds nothing when the console costs what plain JavaScript does", () => {
    expect(codesOf(judgeDevtoolsAttached, deviceFacts())).toEqual([]);
  });

  it("flags automation when the console costs many times the baseline (measured: 9.6-31x attached)", () => {
    const reasons = judgeDevtoolsAttached(deviceFacts(cost(12.4, 0.9)));
    expect(reasons.map((r) => [r.flag, r.code])).toEqual([["automation", "devtools_attached"]]);
    expect(reasons[0]?.message).toContain("14x");
  });

  it("leaves the dearest honest figure measured (3.8x) alone", () => {
    expect(codesOf(judgeDevtoolsAttached, deviceFacts(cost(3.8, 1)))).toEqual([]);
  });

  it("does not judge a slow phone by its speed: both sides slow is a slow phone", () => {
    expect(codesOf(judgeDevtoolsAttached, deviceFacts(cost(24, 9)))).toEqual([]);
  });

  it("makes no ratio out of the timer's 0.1 ms steps", () => {
    expect(codesOf(judgeDevtoolsAttached, deviceFacts(cost(1.2, 0)))).toEqual([]);
  });

  it("reads a baseline under the timer's step as one step", () => {
    expect(codesOf(judgeDevtoolsAttached, deviceFacts(cost(9, 0)))).toEqual(["devtools_attached"]);
  });

  it.each(["unknown", undefined] as const)("says nothing when the probe answered %s", (found) => {
    expect(codesOf(judgeDevtoolsAttached, deviceFacts({ inspector: found }))).toEqual([]);
  });

  it.each([
    ["Firefox", FIREFOX_UA],
    ["Safari", SAFARI_UA],
  ])("leaves %s alone: its console is priced differently", (_, ua) => {
    expect(codesOf(judgeDevtoolsAttached, deviceFacts(cost(20, 1), { "user-agent": ua }))).toEqual([]);
  });

  it("counts a headless Chromium as the Chromium it is", () => {
    const headless = HONEST_UA.replace("Chrome/156", "HeadlessChrome/156");
    expect(codesOf(judgeDevtoolsAttached, deviceFacts(cost(20, 1), { "user-agent": headless }))).toEqual([
      "devtools_attached",
    ]);
  });
});
