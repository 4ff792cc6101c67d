import { describe, expect, it } from "vitest";
import { codesOf, deviceFacts, HONEST_UA } from "../../testing/device-facts.js";
import { judgeDevtoolsAttached } from "./devtools-attached.js";

const FIREFOX_UA = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
const SAFARI_UA =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1";

/** Seven rounds of the same cost, or the rounds given. */
const cost = (consoleMs: number | number[], baselineMs: number | number[]) => ({
  inspector: {
    consoleMs: Array.isArray(consoleMs) ? consoleMs : Array(7).fill(consoleMs),
    baselineMs: Array.isArray(baselineMs) ? baselineMs : Array(7).fill(baselineMs),
  },
});

describe("a DevTools client attached to the page", () => {
  it("finds nothing when the console costs what plain JavaScript does", () => {
    expect(codesOf(judgeDevtoolsAttached, deviceFacts())).toEqual([]);
  });

  it("flags automation when the console costs many times the baseline (measured: 5.7-35x attached)", () => {
    const reasons = judgeDevtoolsAttached(deviceFacts(cost(12.4, 0.9)));
    expect(reasons.map((r) => [r.flag, r.code])).toEqual([["automation", "devtools_attached"]]);
    expect(reasons[0]?.message).toContain("14x");
  });

  it("leaves a ratio under 5x alone, nearly twice the dearest honest figure measured (2.6x)", () => {
    expect(codesOf(judgeDevtoolsAttached, deviceFacts(cost(4.9, 1)))).toEqual([]);
  });

  it("reads the console by its fastest round, so rounds a busy machine inflated do not decide", () => {
    const busy = cost([3.1, 4, 0.5, 3.3, 3.6, 0.6, 3.2], [0.5, 0.4, 0.5, 2.9, 0.6, 0.5, 0.5]);
    expect(codesOf(judgeDevtoolsAttached, deviceFacts(busy))).toEqual([]);
  });

  it("still flags an attached browser whose every round is dear, one of them less so", () => {
    const attached = cost([14, 11, 9.5, 16, 12, 30, 13], [0.6, 0.5, 1.4, 0.5, 0.7, 0.5, 0.6]);
    expect(codesOf(judgeDevtoolsAttached, deviceFacts(attached))).toEqual(["devtools_attached"]);
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

  it("reads the baseline by its median, so one round a timer step short makes no ratio", () => {
    const honest = cost([1.3, 1.6, 1.4, 1.5, 1.9, 1.4, 1.3], [0.4, 0.2, 0.4, 0.5, 0.4, 0.4, 0.5]);
    expect(codesOf(judgeDevtoolsAttached, deviceFacts(honest))).toEqual([]);
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
