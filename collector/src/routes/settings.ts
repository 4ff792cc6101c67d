import { Hono } from "hono";
import type { AppDeps } from "../deps.js";
import { readBody } from "../lib/read-body.js";
import { requireSecretKey, type SiteEnv } from "../middleware/auth.js";
import { limitBody } from "../middleware/body-limit.js";
import { settingsPatchSchema } from "../scoring/settings.js";
import { truncateStoredIps } from "../sites/ip-truncation.js";
import { getSiteSettings, updateSiteSettings } from "../sites/scoring-settings.js";

/** Per-site scoring settings: `GET` the effective ones, `PATCH` any subset. */
export function settingsRoutes(deps: AppDeps) {
  const { db } = deps;
  return new Hono<SiteEnv>()
    .use("/v1/settings", requireSecretKey(db))
    .get("/v1/settings", async (c) => c.json(await getSiteSettings(db, c.var.siteId)))
    .patch("/v1/settings", limitBody(256 * 1024), async (c) => {
      const patch = await readBody(c, settingsPatchSchema);
      const settings = await updateSiteSettings(db, c.var.siteId, patch);
      // Addresses stored before: cut now, off the request's path (and by the hourly pass after).
      if (patch.truncateIp) deps.background.run("truncate stored IPs", () => truncateStoredIps(deps), c.var.siteId);
      return c.json(settings);
    });
}
