import { describe, expect, it, vi } from "vitest";
import { collectNow } from "../collect.js";
import { math } from "./math.js";

describe("math", () => {
  it("answers the same 16-digit hash on every call in one engine", () => {
    const first = math.now();
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    expect(math.now()).toBe(first);
  });

  it("changes when one function's last bit differs, as it does between engines", () => {
    const before = math.now();
    const tan = Math.tan;
    vi.spyOn(Math, "tan").mockImplementation((x) => tan(x) * (1 + Number.EPSILON));
    expect(math.now()).not.toBe(before);
  });

  it("records {error} when a maths function was replaced by one that throws", () => {
    vi.spyOn(Math, "cbrt").mockImplementation(() => {
      throw new RangeError("patched");
    });
    expect(collectNow({ math })).toEqual({ math: { error: "RangeError: patched" } });
  });
});
