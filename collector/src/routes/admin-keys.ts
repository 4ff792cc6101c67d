import { noQuerySchema } from "@shinsa/shared";
import { Hono } from "hono";
import type { AppDeps } from "../deps.js";
import { readQuery } from "../lib/read-query.js";
import { forgetSecretKey, requireAdmin } from "../middleware/auth.js";
import { issueSecretKey, listSecretKeys, revokeSecretKey } from "../sites/secret-keys.js";

/** A site's secret keys (admin token): list, add one (shown once), revoke one. */
export function adminKeysRoutes({ db, config, now }: AppDeps) {
  return new Hono()
    .use("/v1/admin/sites/:siteId/keys", requireAdmin(config.adminToken))
    .use("/v1/admin/sites/:siteId/keys/*", requireAdmin(config.adminToken))
    .get("/v1/admin/sites/:siteId/keys", async (c) => {
      readQuery(c, noQuerySchema);
      return c.json(await listSecretKeys(db, c.req.param("siteId")));
    })
    .post("/v1/admin/sites/:siteId/keys", async (c) => c.json(await issueSecretKey(db, c.req.param("siteId")), 201))
    .delete("/v1/admin/sites/:siteId/keys/:keyId", async (c) => {
      const { keyHash } = await revokeSecretKey(db, c.req.param("siteId"), c.req.param("keyId"), now());
      // "Revoked at once": this process trusted the key for up to 5 s after it last worked.
      forgetSecretKey(db, keyHash);
      return c.json({ keyId: c.req.param("keyId"), revoked: true });
    });
}
