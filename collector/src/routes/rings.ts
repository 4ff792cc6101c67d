import { Hono } from "hono";
import type { AppDeps } from "../deps.js";
import { requireSecretKey, type SiteEnv } from "../middleware/auth.js";
import { getRing } from "../orders/get-ring.js";

export function ringsRoutes({ db }: AppDeps) {
  return new Hono<SiteEnv>()
    .use("/v1/rings/*", requireSecretKey(db))
    .get("/v1/rings/:ringId", async (c) => c.json(await getRing(db, c.var.siteId, c.req.param("ringId"))));
}
