import { createSiteRequestSchema, noQuerySchema, updateSiteRequestSchema } from "@shinsa/shared";
import { Hono } from "hono";
import type { AppDeps } from "../deps.js";
import { readBody } from "../lib/read-body.js";
import { readQuery } from "../lib/read-query.js";
import { requireAdmin } from "../middleware/auth.js";
import { limitBody } from "../middleware/body-limit.js";
import { createSite } from "../sites/create-site.js";
import { changeSite, listSites } from "../sites/list-sites.js";

export function adminSitesRoutes({ db, config }: AppDeps) {
  return new Hono()
    .use("/v1/admin/sites", requireAdmin(config.adminToken))
    .use("/v1/admin/sites/*", requireAdmin(config.adminToken))
    .get("/v1/admin/sites", async (c) => {
      readQuery(c, noQuerySchema);
      return c.json(await listSites(db));
    })
    .post("/v1/admin/sites", limitBody(16 * 1024), async (c) => {
      const input = await readBody(c, createSiteRequestSchema);
      return c.json(await createSite(db, input), 201);
    })
    .patch("/v1/admin/sites/:siteId", limitBody(16 * 1024), async (c) => {
      const change = await readBody(c, updateSiteRequestSchema);
      return c.json(await changeSite(db, c.req.param("siteId"), change));
    });
}
