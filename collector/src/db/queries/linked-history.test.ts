import { describe, expect, it } from "vitest";
import { testDrivers, withShop } from "../../testing/databases.js";
import { listEntries, orderIdentifiers, orders } from "../schema.js";
import { loadHistory, RINGS_READ } from "./linked-history.js";

describe.each(testDrivers)("loadHistory on %s", (driver) => {
  it("reads neighbours, list entries and the first rings met in one statement", async () => {
    await withShop(driver, async ({ db, siteId }) => {
      // Ten earlier orders share one email, each in a ring of its own (R0 the newest); R0 has a
      // second, fraud-labelled order elsewhere.
      const at = (i: number) => new Date(Date.UTC(2026, 10, 20 - i));
      const stored = (orderId: string, placedAt: Date, ringId: string, label: string | null, customerKey: string) => ({
        siteId,
        orderId,
        placedAt,
        customerKey,
        request: {},
        score: 0,
        decision: "accept",
        reasons: [],
        links: { accounts: 1, orders: [], via: [] },
        ringId,
        label,
      });
      await db
        .insert(orders)
        .values([
          ...Array.from({ length: 10 }, (_, i) => stored(`O${i}`, at(i), `R${i}`, null, `c${i}`)),
          stored("X", at(20), "R0", "fraud", "cx"),
        ]);
      await db.insert(orderIdentifiers).values(
        Array.from({ length: 10 }, (_, i) => ({
          siteId,
          kind: "email",
          value: "e1",
          orderId: `O${i}`,
          placedAt: at(i),
          customerKey: `c${i}`,
        })),
      );
      await db.insert(listEntries).values([
        { siteId, list: "deny", kind: "phone", value: "p1", label: "fraud", sourceOrderId: "X" },
        // The same value under another kind is not this order's identifier.
        { siteId, list: "deny", kind: "email", value: "p1" },
      ]);
      const history = await loadHistory(
        db,
        siteId,
        [
          { kind: "email", value: "e1" },
          { kind: "phone", value: "p1" },
        ],
        "NEW",
      );
      expect(history.neighbours.map((n) => n.orderId)).toEqual(Array.from({ length: 10 }, (_, i) => `O${i}`));
      expect(history.neighbours[0]).toMatchObject({ kind: "email", value: "e1", ringId: "R0", customerKey: "c0" });
      expect(history.neighbours[0]?.placedAt.getTime()).toBe(at(0).getTime());
      expect(history.listHits).toEqual([
        { list: "deny", kind: "phone", value: "p1", label: "fraud", sourceOrderId: "X" },
      ]);
      expect(history.ringStats).toHaveLength(RINGS_READ);
      expect(history.ringStats.map((r) => r.ringId)).toEqual(Array.from({ length: RINGS_READ }, (_, i) => `R${i}`));
      expect(history.ringStats[0]).toEqual({ ringId: "R0", orders: 2, accounts: 2, labeled: 1 });

      // No neighbours at all: the list entries still come back.
      const alone = await loadHistory(db, siteId, [{ kind: "phone", value: "p1" }], "NEW");
      expect(alone).toEqual({
        neighbours: [],
        listHits: [{ list: "deny", kind: "phone", value: "p1", label: "fraud", sourceOrderId: "X" }],
        ringStats: [],
      });
    });
  });

  it("says of each linked order what it was scored: a new account, a takeover, a resale hold", async () => {
    await withShop(driver, async ({ db, siteId }) => {
      const reason = (code: string) => ({ code, score: 10, message: { ja: code, en: code } });
      const placedAt = new Date(Date.UTC(2026, 10, 20));
      const scored = [
        ["FRESH", [reason("new_account"), reason("multiple_accounts")]],
        ["TAKEN", [reason("account_takeover")]],
        ["BURST", [reason("resale_burst")]],
        ["PLAIN", [reason("risky_items")]],
      ] as const;
      await db.insert(orders).values(
        scored.map(([orderId, reasons]) => ({
          siteId,
          orderId,
          placedAt,
          customerKey: `c-${orderId}`,
          request: {},
          score: 10,
          decision: "accept",
          reasons: [...reasons],
          links: { accounts: 1, orders: [], via: [] },
        })),
      );
      await db
        .insert(orderIdentifiers)
        .values(scored.map(([orderId]) => ({ siteId, kind: "phone", value: "p1", orderId, placedAt })));
      const { neighbours } = await loadHistory(db, siteId, [{ kind: "phone", value: "p1" }], "NEW");
      const flags = Object.fromEntries(
        neighbours.map((n) => [
          n.orderId,
          { newAccount: n.newAccount, takeover: n.takeover, resaleHeld: n.resaleHeld },
        ]),
      );
      expect(flags).toEqual({
        FRESH: { newAccount: true, takeover: false, resaleHeld: false },
        TAKEN: { newAccount: false, takeover: true, resaleHeld: false },
        BURST: { newAccount: false, takeover: false, resaleHeld: true },
        PLAIN: { newAccount: false, takeover: false, resaleHeld: false },
      });
    });
  });

  it("says the ring of a buy into the city, and reads no ring for a buy on the site", async () => {
    await withShop(driver, async ({ db, siteId }) => {
      const placedAt = new Date(Date.UTC(2026, 10, 20));
      await db.insert(orders).values(
        ["A", "B"].map((orderId) => ({
          siteId,
          orderId,
          placedAt,
          customerKey: `c-${orderId}`,
          request: {},
          score: 0,
          decision: "accept",
          reasons: [],
          links: { accounts: 1, orders: [], via: [] },
          ringId: `R-${orderId}`,
        })),
      );
      await db.insert(orderIdentifiers).values([
        { siteId, kind: "areaCategory", value: "city-sneakers", orderId: "A", placedAt },
        { siteId, kind: "siteCategory", value: "site-sneakers", orderId: "B", placedAt },
      ]);
      const history = await loadHistory(
        db,
        siteId,
        [
          { kind: "siteCategory", value: "site-sneakers" },
          { kind: "areaCategory", value: "city-sneakers" },
        ],
        "NEW",
      );
      const ringOf = Object.fromEntries(history.neighbours.map((n) => [n.orderId, n.ringId]));
      expect(ringOf).toEqual({ A: "R-A", B: null });
      // Neither is a ring the order could join: their sizes are not read.
      expect(history.ringStats).toEqual([]);
    });
  });
});
