import { createSiteRequestSchema } from "@shinsa/shared";
import { Hono } from "hono";
import type { AppDeps } from "../deps.js";
import { readBody } from "../lib/read-body.js";
import { requireAdmin } from "../middleware/auth.js";
import { limitBody } from "../middleware/body-limit.js";
import { createSite } from "../sites/create-site.js";

export function adminSitesRoutes({ db, config }: AppDeps) {
  return new Hono().post("/v1/admin/sites", requireAdmin(config.adminToken), limitBody(16 * 1024), async (c) => {
    const input = await readBody(c, createSiteRequestSchema);
    return c.json(await createSite(db, input), 201);
  });
}
