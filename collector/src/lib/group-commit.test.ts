import { describe, expect, it } from "vitest";
import { createGroupCommit } from "./group-commit.js";

describe("group commit", () => {
  it("writes what arrives together in one call, and settles each caller after it", async () => {
    const calls: number[][] = [];
    const settled: number[] = [];
    const settledBeforeWrite: number[] = [];
    const add = createGroupCommit<number>(async (items) => {
      calls.push(items);
      settledBeforeWrite.push(settled.length);
    });
    await Promise.all([1, 2, 3].map((n) => add(n).then(() => settled.push(n))));
    expect(calls).toEqual([[1, 2, 3]]);
    expect(settled).toEqual([1, 2, 3]);
    await add(4);
    expect(calls).toEqual([[1, 2, 3], [4]]);
    // Nobody in a group is told "stored" before its write is done.
    expect(settledBeforeWrite).toEqual([0, 3]);
  });

  it("splits a burst larger than the group's size", async () => {
    const sizes: number[] = [];
    const add = createGroupCommit<number>(
      async (items) => {
        sizes.push(items.length);
      },
      { maxGroup: 2 },
    );
    await Promise.all([1, 2, 3, 4, 5].map(add));
    expect(sizes).toEqual([2, 2, 1]);
  });

  it("gathers what arrives during a write into the next group, never starting a second write", async () => {
    const calls: number[][] = [];
    let writing = 0;
    let mostAtOnce = 0;
    let release: () => void = () => {};
    const add = createGroupCommit<number>(async (items) => {
      calls.push(items);
      writing += 1;
      mostAtOnce = Math.max(mostAtOnce, writing);
      if (calls.length === 1) await new Promise<void>((r) => (release = r));
      writing -= 1;
    });
    const first = add(1);
    await new Promise((r) => setImmediate(r));
    const later = [2, 3, 4].map(add);
    await new Promise((r) => setImmediate(r));
    expect(calls).toEqual([[1]]);
    release();
    await Promise.all([first, ...later]);
    expect(calls).toEqual([[1], [2, 3, 4]]);
    expect(mostAtOnce).toBe(1);
  });

  it("fails only the bad item when a group's write fails", async () => {
    const stored: number[] = [];
    const add = createGroupCommit<number>(async (items) => {
      if (items.includes(13)) throw new Error("bad row");
      stored.push(...items);
    });
    const results = await Promise.allSettled([11, 12, 13, 14].map(add));
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled"]);
    expect(stored.sort()).toEqual([11, 12, 14]);
  });
});
