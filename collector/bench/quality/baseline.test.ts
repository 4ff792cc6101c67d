import { describe, expect, it } from "vitest";
import { runBaseline } from "./baseline.js";
import type { StreamOrder } from "./generator.js";

const order = (orderId: string, minute: number, address: string, email: string, account: string): StreamOrder => ({
  request: {
    orderId,
    createdAt: new Date(Date.UTC(2026, 9, 1, 0, minute)).toISOString(),
    customer: { id: account, email, createdAt: "2020-01-01T00:00:00Z" },
    billing: { address },
    shipping: { address },
  },
  truth: { kind: "legit", personId: account, fraud: false },
});

describe("runBaseline", () => {
  it("links byte-identical addresses of two accounts and not two spellings of one door", () => {
    const out = runBaseline([
      order("A", 0, "東京都千代田区霞が関1-3-1", "a@example.jp", "C1"),
      order("B", 1, "東京都千代田区霞が関1-3-1", "b@example.jp", "C2"),
      order("C", 2, "東京都千代田区霞が関一丁目3番1号", "c@example.jp", "C3"),
    ]);
    expect(out.get("A")?.ringId).toBeDefined();
    expect(out.get("B")?.ringId).toBe(out.get("A")?.ringId);
    expect(out.get("C")?.ringId).toBeUndefined();
    expect(out.get("B")?.score).toBeGreaterThan(out.get("A")?.score ?? 0);
  });

  it("raises an order linked to one labelled bad only after the label has arrived", () => {
    const orders = [
      order("A", 0, "大阪府大阪市北区梅田3-1-1", "x@example.jp", "C1"),
      order("B", 10, "大阪府大阪市北区梅田3-1-1", "y@example.jp", "C2"),
      order("C", 20, "大阪府大阪市北区梅田3-1-1", "z@example.jp", "C3"),
    ];
    const labelAt = Date.UTC(2026, 9, 1, 0, 15);
    const taught = runBaseline(orders, [{ orderId: "A", at: labelAt, label: "chargeback" }]);
    const blind = runBaseline(orders);
    expect(taught.get("B")?.score).toBe(blind.get("B")?.score);
    expect(taught.get("C")?.score).toBe((blind.get("C")?.score ?? 0) + 50);
  });
});
