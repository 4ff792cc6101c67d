import { describe, expect, it } from "vitest";
import { createRescoreQueue } from "./rescore-queue.js";

describe("which sites this process drains", () => {
  it("starts one drain per site, however many orders wake it", () => {
    const queue = createRescoreQueue();
    expect(queue.wake("s1")).toBe(true);
    expect(queue.wake("s1")).toBe(false);
    expect(queue.wake("s2")).toBe(true);
    // Both drains still run: neither site starts a second.
    expect(queue.wake("s1")).toBe(false);
    expect(queue.wake("s2")).toBe(false);
  });

  it("makes a drain look again when it was woken after its last look, and ends it otherwise", () => {
    const queue = createRescoreQueue();
    queue.wake("s1");
    queue.wake("s1");
    // An order arrived while the drain was claiming: its rows may be newer than the claim.
    expect(queue.settle("s1")).toBe(false);
    expect(queue.settle("s1")).toBe(true);
    // Ended: the next order starts a drain again.
    expect(queue.wake("s1")).toBe(true);
  });
});
