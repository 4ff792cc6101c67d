import { describe, expect, it } from "vitest";
import { cacheFound, createCache, memoize } from "./cache.js";

describe("createCache", () => {
  it("forgets an entry once its time to live has passed", () => {
    let clock = 0;
    const cache = createCache<number>({ maxEntries: 10, ttlMs: 100, now: () => clock });
    cache.set("a", 1);
    clock = 99;
    expect(cache.get("a")).toEqual({ value: 1 });
    clock = 100;
    expect(cache.get("a")).toBeUndefined();
  });

  it("lets the oldest entry go when it is full", () => {
    const cache = createCache<number>({ maxEntries: 2 });
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("c", 3);
    expect([cache.get("a"), cache.get("b"), cache.get("c")]).toEqual([undefined, { value: 2 }, { value: 3 }]);
  });

  it("counts a value stored again as new, so it is not the next to leave", () => {
    const cache = createCache<number>({ maxEntries: 2 });
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("a", 10);
    cache.set("c", 3);
    expect([cache.get("a"), cache.get("b")]).toEqual([{ value: 10 }, undefined]);
  });
});

describe("memoize", () => {
  it("computes each key once, including a null answer", () => {
    let calls = 0;
    const f = memoize(
      (k) => {
        calls++;
        return k === "none" ? null : k.length;
      },
      createCache<number | null>({ maxEntries: 10 }),
    );
    expect([f("abc"), f("abc"), f("none"), f("none")]).toEqual([3, 3, null, null]);
    expect(calls).toBe(2);
  });

  it("computes again a key that left a full cache", () => {
    let calls = 0;
    const f = memoize(
      (k) => {
        calls++;
        return k;
      },
      createCache<string>({ maxEntries: 2 }),
    );
    f("a");
    f("b");
    f("c");
    f("a");
    expect(calls).toBe(4);
  });
});

describe("cacheFound", () => {
  it("keeps what was found and asks again for what was not", async () => {
    const asked: string[] = [];
    const find = cacheFound(
      async (k) => {
        asked.push(k);
        return k === "known" ? 1 : undefined;
      },
      createCache<number>({ maxEntries: 10 }),
    );
    expect([await find("known"), await find("known"), await find("new"), await find("new")]).toEqual([
      1,
      1,
      undefined,
      undefined,
    ]);
    expect(asked).toEqual(["known", "new", "new"]);
  });
});
