import { describe, expect, it } from "vitest";
import { createPreparePolicy } from "./prepare-policy.js";

describe("the prepare policy", () => {
  it("prepares a text once it has come back, and keeps it prepared", () => {
    const policy = createPreparePolicy({ repeatsBefore: 2 });
    const q = "select * from orders where site_id = $1";
    expect([1, 2, 3, 4].map(() => policy.shouldPrepare(q))).toEqual([false, false, true, true]);
    expect(policy.prepared).toBe(1);
  });

  it("never prepares a text seen only once, such as an IN list of a length that never recurs", () => {
    const policy = createPreparePolicy({ repeatsBefore: 2 });
    for (let n = 1; n <= 1000; n++) {
      const list = Array.from({ length: n }, (_, i) => `$${i + 1}`).join(", ");
      expect(policy.shouldPrepare(`select 1 from t where id in (${list})`)).toBe(false);
    }
    expect(policy.prepared).toBe(0);
  });

  it("stops preparing new texts at its bound, while those it prepared stay prepared", () => {
    const policy = createPreparePolicy({ repeatsBefore: 0, most: 3 });
    const texts = ["a", "b", "c", "d", "e"].map((t) => `select ${t}`);
    expect(texts.map((t) => policy.shouldPrepare(t))).toEqual([true, true, true, false, false]);
    expect(texts.map((t) => policy.shouldPrepare(t))).toEqual([true, true, true, false, false]);
    expect(policy.prepared).toBe(3);
  });
});
