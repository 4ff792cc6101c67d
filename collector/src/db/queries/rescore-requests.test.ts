import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testDrivers, withShop } from "../../testing/databases.js";
import type { Db } from "../client.js";
import {
  claimRescores,
  countPendingRescores,
  finishRescores,
  readSitesWithRescores,
  rescoreRequestsInsert,
} from "./rescore-requests.js";

const at = (minute: number) => new Date(Date.UTC(2026, 11, 5, 10, minute));
const ask = (db: Db, siteId: string, asker: string, minute: number, targets: string[]) =>
  db.execute(
    sql`with w as ${rescoreRequestsInsert(siteId, { orderId: asker, placedAt: at(minute) }, targets, at(minute))} select 1`,
  );

describe.each(testDrivers)("the re-score requests on %s", (driver) => {
  it("keeps one row per order waiting, naming the newest asker, and hands each to one claim", async () => {
    await withShop(driver, async ({ db, siteId }) => {
      await ask(db, siteId, "B", 1, ["A"]);
      await ask(db, siteId, "C", 2, ["A", "B", "C"]);
      // C asks for A and B (not for itself): two orders wait, A named by C now.
      expect(await countPendingRescores(db)).toBe(2);
      expect(await readSitesWithRescores(db, at(3), 10)).toEqual([siteId]);
      const first = await claimRescores(db, siteId, "claim-1", at(3), at(4), 1);
      expect(first).toEqual([{ orderId: "A", askedBy: "C", askedByPlacedAt: at(2) }]);
      // A second process claims beside the first and gets the other order, not A again.
      const second = await claimRescores(db, siteId, "claim-2", at(3), at(4), 10);
      expect(second.map((c) => c.orderId)).toEqual(["B"]);
      expect(await claimRescores(db, siteId, "claim-3", at(3), at(4), 10)).toEqual([]);
      expect(await readSitesWithRescores(db, at(3), 10)).toEqual([]);
      await finishRescores(db, siteId, "claim-1");
      expect(await countPendingRescores(db)).toBe(1);
    });
  });

  it("keeps an order asked for again during its claim, and gives a dead process's claim to another once it expires", async () => {
    await withShop(driver, async ({ db, siteId }) => {
      await ask(db, siteId, "B", 1, ["A"]);
      await claimRescores(db, siteId, "claim-1", at(2), at(3), 10);
      // D joins A while claim-1 re-scores it: what D brought needs another re-score.
      await ask(db, siteId, "D", 2, ["A"]);
      await finishRescores(db, siteId, "claim-1");
      const again = await claimRescores(db, siteId, "claim-2", at(2), at(12), 10);
      expect(again).toEqual([{ orderId: "A", askedBy: "D", askedByPlacedAt: at(2) }]);
      // claim-2's process dies: nobody finishes. Before its claim expires A is nobody else's…
      expect(await claimRescores(db, siteId, "claim-3", at(5), at(15), 10)).toEqual([]);
      // …and after, the next claim takes it up.
      expect(await readSitesWithRescores(db, at(13), 10)).toEqual([siteId]);
      expect((await claimRescores(db, siteId, "claim-3", at(13), at(23), 10)).map((c) => c.orderId)).toEqual(["A"]);
      // The dead claim's late finish removes nothing that is no longer its own.
      await finishRescores(db, siteId, "claim-2");
      expect(await countPendingRescores(db)).toBe(1);
    });
  });
});
