import { Hono } from "hono";
import type { AppDeps } from "../deps.js";
import { getToken } from "../device/get-token.js";
import { getLang } from "../lib/lang.js";
import { requireSecretKey, type SiteEnv } from "../middleware/auth.js";

export function tokensRoutes({ db, now, secret }: AppDeps) {
  return new Hono<SiteEnv>()
    .use("/v1/tokens/*", requireSecretKey(db))
    .get("/v1/tokens/:token", async (c) =>
      c.json(await getToken(db, secret, c.var.siteId, c.req.param("token"), now(), { lang: getLang(c) })),
    );
}
