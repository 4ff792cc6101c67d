import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, retryDelay } from "./retry-schedule.js";

describe("the webhook retry schedule", () => {
  it("tries again within a minute, then further apart, for about two days, then gives up", () => {
    const delays: number[] = [];
    for (let attempts = 1; attempts < MAX_ATTEMPTS; attempts++) delays.push(retryDelay(attempts, 0.5) ?? Number.NaN);
    expect(delays[0]).toBe(30_000);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1] ?? 0);
    const hours = delays.reduce((a, b) => a + b, 0) / 3_600_000;
    expect(hours).toBeGreaterThan(36);
    expect(hours).toBeLessThan(60);
    expect(retryDelay(MAX_ATTEMPTS, 0.5)).toBeNull();
  });

  it("spreads events that failed together by up to ±10 %", () => {
    expect(retryDelay(3, 0)).toBe(540_000);
    expect(retryDelay(3, 0.999_999)).toBeCloseTo(660_000, -1);
  });
});
