import { describe, expect, it } from "vitest";
import { standIn } from "../testing/stand-in.js";
import { inspector } from "./inspector.js";

const ROUNDS = 7;
const CALLS_PER_ROUND = 10;

/**
 * A window whose console.debug looks native (a bound function prints `[native code]`) and whose
 * clock advances only when the console is called: `costs[r]` ms per call in round r.
 */
function page(costs: number[], debugIsNative = true) {
  let now = 0;
  let calls = 0;
  const spend = () => {
    now += costs[Math.floor(calls / CALLS_PER_ROUND)] ?? 0;
    calls++;
  };
  const debug = debugIsNative ? spend.bind(null) : spend;
  const w = standIn({ console: { debug }, performance: { now: () => now } });
  return { w, calls: () => calls };
}

describe("the console's cost", () => {
  it("reports every round's console and baseline times, to a tenth of a millisecond", async () => {
    const { w, calls } = page([2, 2, 0.013, 2, 2, 2, 2]);
    expect(await inspector.later(w)).toEqual({
      consoleMs: [20, 20, 0.1, 20, 20, 20, 20],
      baselineMs: Array(ROUNDS).fill(0),
    });
    expect(calls()).toBe(ROUNDS * CALLS_PER_ROUND);
  });

  it("runs its rounds in tasks of their own, so an attached browser gets no long task from it", async () => {
    const { w, calls } = page(Array(ROUNDS).fill(1));
    const pending = inspector.later(w);
    expect(calls()).toBe(CALLS_PER_ROUND);
    await pending;
    expect(calls()).toBe(ROUNDS * CALLS_PER_ROUND);
  });

  it("says unknown when the site silenced or wrapped console.debug", async () => {
    const { w, calls } = page(Array(ROUNDS).fill(1), false);
    expect(await inspector.later(w)).toBe("unknown");
    expect(calls()).toBe(0);
  });

  it("says unknown when there is no console at all", async () => {
    expect(await inspector.later(standIn({ performance: { now: () => 0 } }))).toBe("unknown");
  });
});
