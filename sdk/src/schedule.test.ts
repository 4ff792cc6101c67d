import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { nextTask, within } from "./schedule.js";

describe("nextTask", () => {
  it("resolves in a later task, after a timer queued before it", async () => {
    const order: string[] = [];
    setTimeout(() => order.push("timer"));
    await Promise.resolve();
    order.push("microtask");
    await nextTask();
    order.push("next task");
    expect(order).toEqual(["microtask", "timer", "next task"]);
  });
});

describe("within", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("answers the value when it arrives in time", async () => {
    const answer = within(
      nextTask(100).then(() => "value"),
      2000,
      "late",
    );
    await vi.advanceTimersByTimeAsync(100);
    await expect(answer).resolves.toBe("value");
  });

  it("answers the fallback when the value is not there within the time", async () => {
    const answer = within(new Promise(() => {}), 2000, "late");
    await vi.advanceTimersByTimeAsync(1999);
    let settled = false;
    answer.then(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(answer).resolves.toBe("late");
  });

  it("passes a rejection through, so the caller can record it", async () => {
    await expect(within(Promise.reject(new Error("boom")), 2000, "late")).rejects.toThrow("boom");
  });
});
