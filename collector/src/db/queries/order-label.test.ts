import { describe, expect, it } from "vitest";
import { testDrivers, withShop } from "../../testing/databases.js";
import { orderIdentifiers, orders } from "../schema.js";
import { countHardwareAccounts, readOwnersValues } from "./order-label.js";

describe.each(testDrivers)("readOwnersValues on %s", (driver) => {
  it("answers what the same account used on its earlier orders, leaving out what is new and what was fraud", async () => {
    await withShop(driver, async ({ db, siteId }) => {
      const at = (day: number) => new Date(Date.UTC(2026, 10, day));
      const order = (orderId: string, day: number, label: string | null) => ({
        siteId,
        orderId,
        placedAt: at(day),
        customerKey: "owner",
        request: {},
        score: 0,
        decision: "accept",
        reasons: [],
        links: { accounts: 1, orders: [], via: [] },
        label,
      });
      // The owner's two orders, one of them a chargeback; then the takeover T.
      await db.insert(orders).values([order("O1", 1, null), order("O2", 2, "chargeback"), order("T", 5, null)]);
      const row = (orderId: string, day: number, kind: string, value: string, customerKey = "owner") => ({
        siteId,
        kind,
        value,
        orderId,
        placedAt: at(day),
        customerKey,
      });
      await db.insert(orderIdentifiers).values([
        row("O1", 1, "account", "acc"),
        row("O1", 1, "card", "card"),
        row("O2", 2, "phone", "phone-of-o2"),
        row("T", 5, "account", "acc"),
        row("T", 5, "card", "card"),
        row("T", 5, "phone", "phone-of-o2"),
        row("T", 5, "shippingAddress", "drop"),
        // Another account's earlier order at the drop is not the owner's history.
        row("Z", 3, "shippingAddress", "drop", "stranger"),
      ]);
      expect([...(await readOwnersValues(db, siteId, "T"))].sort()).toEqual(["acc", "card"]);
    });
  });
});

describe.each(testDrivers)("countHardwareAccounts on %s", (driver) => {
  it("counts the distinct accounts a hardware id was seen on, and stops at the cap", async () => {
    await withShop(driver, async ({ db, siteId }) => {
      const row = (orderId: string, value: string, customerKey: string | null) => ({
        siteId,
        kind: "hardware",
        value,
        orderId,
        placedAt: new Date(Date.UTC(2026, 10, 1)),
        customerKey,
      });
      await db
        .insert(orderIdentifiers)
        .values([
          ...Array.from({ length: 6 }, (_, i) => row(`P${i}`, "popular", `c${i}`)),
          row("P6", "popular", "c0"),
          row("R1", "rare", "r1"),
          row("R2", "rare", "r1"),
          row("G1", "rare", null),
        ]);
      expect(await countHardwareAccounts(db, siteId, "rare", 12)).toBe(1);
      expect(await countHardwareAccounts(db, siteId, "popular", 12)).toBe(6);
      expect(await countHardwareAccounts(db, siteId, "popular", 4)).toBe(4);
      expect(await countHardwareAccounts(db, siteId, "unseen", 12)).toBe(0);
    });
  });
});
