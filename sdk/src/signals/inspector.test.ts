import { describe, expect, it } from "vitest";
import { standIn } from "../testing/stand-in.js";
import { inspector } from "./inspector.js";

/**
 * A window whose console.debug looks native (a bound function prints `[native code]`) and whose
 * clock advances only when the console is called: `costs[r]` ms per call in round r.
 */
function page(costs: number[], debugIsNative = true) {
  let now = 0;
  let calls = 0;
  const CALLS_PER_ROUND = 10;
  const spend = () => {
    now += costs[Math.floor(calls / CALLS_PER_ROUND)] ?? 0;
    calls++;
  };
  const debug = debugIsNative ? spend.bind(null) : spend;
  const w = standIn({ console: { debug }, performance: { now: () => now } });
  return { w, calls: () => calls };
}

describe("the console's cost", () => {
  it("reports the median console and baseline times of five rounds", async () => {
    const { w, calls } = page([2, 2, 2, 2, 2]);
    expect(await inspector.later(w)).toEqual({ consoleMs: 20, baselineMs: 0 });
    expect(calls()).toBe(50);
  });

  it("is not decided by one slow round (a garbage collection)", async () => {
    const { w } = page([0.05, 0.05, 9, 0.05, 0.05]);
    expect(await inspector.later(w)).toEqual({ consoleMs: 0.5, baselineMs: 0 });
  });

  it("runs its rounds in tasks of their own, so an attached browser gets no long task from it", async () => {
    const { w, calls } = page([1, 1, 1, 1, 1]);
    const pending = inspector.later(w);
    expect(calls()).toBe(10);
    await pending;
    expect(calls()).toBe(50);
  });

  it("says unknown when the site silenced or wrapped console.debug", async () => {
    const { w, calls } = page([1, 1, 1, 1, 1], false);
    expect(await inspector.later(w)).toBe("unknown");
    expect(calls()).toBe(0);
  });

  it("says unknown when there is no console at all", async () => {
    expect(await inspector.later(standIn({ performance: { now: () => 0 } }))).toBe("unknown");
  });
});
