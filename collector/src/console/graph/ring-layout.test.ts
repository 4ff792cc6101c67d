import { describe, expect, it } from "vitest";
import { HUB_ORDERS, layoutRing, type RingGraphInput } from "./ring-layout.js";

// A ring of 20 accounts with 25 orders: one address on every order (a hub), a phone on four,
// and a card on two.
function bigRing(): RingGraphInput {
  const orders = Array.from({ length: 25 }, (_, i) => ({
    id: `O-${String(i).padStart(2, "0")}`,
    account: `acct-${i % 20}`,
    placedAt: new Date(Date.UTC(2026, 10, 1, i)).toISOString(),
    fraud: i === 3,
  }));
  return {
    orders: [...orders].reverse(),
    identifiers: [
      { id: "addr", kind: "shippingAddress", orders: orders.map((o) => o.id) },
      { id: "phone", kind: "phone", orders: ["O-00", "O-01", "O-02", "O-03"] },
      { id: "card", kind: "card", orders: ["O-10", "O-11"] },
    ],
  };
}

const column = (layout: ReturnType<typeof layoutRing>, kind: string) => layout.nodes.filter((n) => n.kind === kind);

describe("laying out a ring", () => {
  it("puts accounts, orders and identifiers in three columns, orders oldest first", () => {
    const layout = layoutRing(bigRing());
    expect(column(layout, "account")).toHaveLength(20);
    const orders = column(layout, "order");
    expect(orders.map((o) => o.label)).toEqual([...orders.map((o) => o.label)].sort());
    expect(new Set(orders.map((o) => o.x)).size).toBe(1);
    expect(layout.edges).toHaveLength(25 + 25 + 4 + 2);
    expect(orders.find((o) => o.label === "O-03")?.fraud).toBe(true);
  });

  it("keeps 50 nodes readable: no two nodes of a column closer than their radii and a gap", () => {
    const layout = layoutRing(bigRing());
    for (const kind of ["account", "order", "identifier"]) {
      const ys = column(layout, kind).sort((a, b) => a.y - b.y);
      for (let i = 1; i < ys.length; i++) {
        const [a, b] = [ys[i - 1], ys[i]];
        if (a && b) expect(b.y - a.y, `${kind} ${a.label}/${b.label}`).toBeGreaterThanOrEqual(a.r + b.r + 8);
      }
    }
    expect(layout.height).toBeGreaterThan(Math.max(...layout.nodes.map((n) => n.y)));
  });

  it("draws a hub apart: bigger, ringed, and given more room than a plain identifier", () => {
    const layout = layoutRing(bigRing());
    const ids = column(layout, "identifier").sort((a, b) => a.y - b.y);
    const hub = ids.find((n) => n.label.startsWith("shippingAddress"));
    const card = ids.find((n) => n.label.startsWith("card"));
    expect(hub?.hub).toBe(true);
    expect(card?.hub).toBe(false);
    expect(hub?.r).toBeGreaterThan(card?.r ?? 0);
    expect(HUB_ORDERS).toBeLessThanOrEqual(25);
  });

  it("names identifier kinds in the reader's words", () => {
    const layout = layoutRing(bigRing(), (kind) => (kind === "phone" ? "電話" : kind));
    expect(column(layout, "identifier").map((n) => n.label)).toContain("電話 phone");
  });
});
