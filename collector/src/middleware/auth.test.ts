import { eq } from "drizzle-orm";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { secretKeys } from "../db/schema.js";
import { createLogger } from "../lib/logger.js";
import { createSite } from "../sites/create-site.js";
import { openTestDatabase, testDrivers } from "../testing/databases.js";
import { requireSecretKey, type SiteEnv } from "./auth.js";
import { errorHandler } from "./error-handler.js";

describe.each(testDrivers)("requireSecretKey on %s", (driver) => {
  it("trusts a key that worked for ttlMs, so a revoked key stops working within that time", async () => {
    const database = await openTestDatabase(driver);
    try {
      let clock = 0;
      const app = new Hono<SiteEnv>()
        .use("*", requireSecretKey(database.db, { ttlMs: 1000, now: () => clock }))
        .get("/whoami", (c) => c.text(c.var.siteId))
        .onError(errorHandler(createLogger({ write: () => {} })));
      const ask = (key: string) => app.request("/whoami", { headers: { authorization: `Bearer ${key}` } });
      const site = await createSite(database.db, { name: "shop", origins: ["https://shop.example"] });
      expect(await (await ask(site.secretKey)).text()).toBe(site.siteId);
      await database.db.update(secretKeys).set({ revokedAt: new Date() }).where(eq(secretKeys.siteId, site.siteId));
      clock = 999;
      expect((await ask(site.secretKey)).status).toBe(200);
      clock = 1000;
      expect((await ask(site.secretKey)).status).toBe(401);
      clock = 1001;
      expect((await ask(site.secretKey)).status).toBe(401);
    } finally {
      await database.dispose();
    }
  });

  it("never caches an unknown key, so a key made a moment later works at once", async () => {
    const database = await openTestDatabase(driver);
    try {
      const site = await createSite(database.db, { name: "shop", origins: ["https://shop.example"] });
      const app = new Hono<SiteEnv>()
        .use("*", requireSecretKey(database.db, { now: () => 0 }))
        .get("/whoami", (c) => c.text(c.var.siteId))
        .onError(errorHandler(createLogger({ write: () => {} })));
      const ask = (key: string) => app.request("/whoami", { headers: { authorization: `Bearer ${key}` } });
      await database.db.update(secretKeys).set({ revokedAt: new Date() }).where(eq(secretKeys.siteId, site.siteId));
      expect((await ask(site.secretKey)).status).toBe(401);
      await database.db.update(secretKeys).set({ revokedAt: null }).where(eq(secretKeys.siteId, site.siteId));
      expect(await (await ask(site.secretKey)).text()).toBe(site.siteId);
      expect((await ask("sk_nothing")).status).toBe(401);
      expect((await ask("pk_not_a_secret_key")).status).toBe(401);
    } finally {
      await database.dispose();
    }
  });
});
