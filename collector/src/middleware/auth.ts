import { and, eq, isNull } from "drizzle-orm";
import { createMiddleware } from "hono/factory";
import type { Db } from "../db/client.js";
import { secretKeys } from "../db/schema.js";
import { ApiError } from "../lib/api-error.js";
import { hashSecret, secretsEqual } from "../lib/keys.js";

export type SiteEnv = { Variables: { siteId: string } };

const bearer = (header: string | undefined) => /^Bearer\s+(\S+)$/i.exec(header ?? "")?.[1];

/** `Authorization: Bearer sk_…` → the site the key belongs to, as `c.var.siteId`. */
export const requireSecretKey = (db: Db) =>
  createMiddleware<SiteEnv>(async function secretKeyAuth(c, next) {
    const key = bearer(c.req.header("authorization"));
    if (!key?.startsWith("sk_")) {
      throw new ApiError(401, "unauthorized", "send the site's secret key as Authorization: Bearer sk_…");
    }
    const [row] = await db
      .select({ siteId: secretKeys.siteId })
      .from(secretKeys)
      .where(and(eq(secretKeys.keyHash, hashSecret(key)), isNull(secretKeys.revokedAt)))
      .limit(1);
    if (!row) throw new ApiError(401, "unauthorized", "unknown or revoked secret key");
    c.set("siteId", row.siteId);
    await next();
  });

/** `Authorization: Bearer <SHINSA_ADMIN_TOKEN>`. */
export const requireAdmin = (adminToken: string) =>
  createMiddleware(async function adminAuth(c, next) {
    const token = bearer(c.req.header("authorization"));
    if (!token || !secretsEqual(token, adminToken)) {
      throw new ApiError(401, "unauthorized", "send the admin token as Authorization: Bearer …");
    }
    await next();
  });
