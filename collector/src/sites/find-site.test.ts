import { describe, expect, it } from "vitest";
import { sites } from "../db/schema.js";
import { openTestDatabase, testDrivers } from "../testing/databases.js";
import { createSite } from "./create-site.js";
import { cachedSiteFinder } from "./find-site.js";

describe.each(testDrivers)("the cached site finder on %s", (driver) => {
  it("answers a site from memory until its time is up, and never caches an unknown key", async () => {
    const database = await openTestDatabase(driver);
    try {
      let clock = 0;
      const find = cachedSiteFinder(database.db, { ttlMs: 1000, now: () => clock });
      expect(await find("pk_notyetthere0")).toBeUndefined();
      const site = await createSite(database.db, { name: "shop", origins: ["https://shop.example"] });
      expect((await find(site.publicKey))?.origins).toEqual(["https://shop.example"]);
      await database.db.update(sites).set({ origins: ["https://other.example"] });
      clock = 999;
      expect((await find(site.publicKey))?.origins).toEqual(["https://shop.example"]);
      clock = 1000;
      expect((await find(site.publicKey))?.origins).toEqual(["https://other.example"]);
    } finally {
      await database.dispose();
    }
  });
});
