import { describe, expect, it } from "vitest";
import { memoize } from "./memoize.js";

describe("memoize", () => {
  it("computes each key once, including a null answer", () => {
    let calls = 0;
    const f = memoize((k) => {
      calls++;
      return k === "none" ? null : k.length;
    }, 10);
    expect([f("abc"), f("abc"), f("none"), f("none")]).toEqual([3, 3, null, null]);
    expect(calls).toBe(2);
  });

  it("starts afresh once it holds max entries", () => {
    let calls = 0;
    const f = memoize((k) => {
      calls++;
      return k;
    }, 2);
    f("a");
    f("b");
    f("c");
    f("a");
    expect(calls).toBe(4);
  });
});
