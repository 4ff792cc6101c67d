import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit.js";

describe("a token bucket per key", () => {
  it("lets a burst through, then one request per refill, and says how long to wait", () => {
    let t = 0;
    const limiter = createRateLimiter({ perMinute: 60, burst: 3, now: () => t });
    expect([1, 2, 3].map(() => limiter.take("a").ok)).toEqual([true, true, true]);
    expect(limiter.take("a")).toEqual({ ok: false, retryAfterS: 1 });
    expect(limiter.take("b").ok).toBe(true); // another key has its own bucket
    t += 1000;
    expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("a").ok).toBe(false);
    t += 60_000;
    expect([1, 2, 3, 4].map(() => limiter.take("a").ok)).toEqual([true, true, true, false]);
  });

  it("forgets the least recently seen keys beyond its bound", () => {
    let t = 0;
    const limiter = createRateLimiter({ perMinute: 1, burst: 1, maxKeys: 2, now: () => t });
    limiter.take("a");
    limiter.take("b");
    limiter.take("c"); // "a" is forgotten
    expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("c").ok).toBe(false);
    t += 1;
  });
});
