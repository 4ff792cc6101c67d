import { createMiddleware } from "hono/factory";
import type { Db } from "../db/client.js";
import { findSiteIdByKeyHash } from "../db/queries/secret-keys.js";
import { ApiError } from "../lib/api-error.js";
import { type Cache, type CacheOptions, cacheFound, createCache } from "../lib/cache.js";
import { hashSecret, secretsEqual } from "../lib/keys.js";

export type SiteEnv = { Variables: { siteId: string } };

/** The token of `Authorization: Bearer <token>`. */
export const bearer = (header: string | undefined) => /^Bearer\s+(\S+)$/i.exec(header ?? "")?.[1];

/**
 * How long a key that worked is trusted without asking the database again. Every server-side
 * request starts with this look-up, so it is a round trip on the scoring path; a merchant's server
 * sends the same key all day. The price: a key revoked in the database (`secret_keys.revoked_at`)
 * or deleted keeps working for up to this long in a collector that saw it just before.
 */
export const SECRET_KEY_TTL_MS = 5_000;

export type SecretKeyCacheOptions = Partial<CacheOptions>;

// One cache per database, shared by every route that mounts the middleware. Keyed by the key's
// hash, so no secret is held beyond the request that sent it.
const caches = new WeakMap<Db, Cache<string>>();

/** Key hash → site, from the database or from a cache of keys that worked (never of misses, so a new key works at once). */
export function secretKeyFinder(db: Db, { ttlMs = SECRET_KEY_TTL_MS, maxEntries = 1000, now = Date.now } = {}) {
  const known = caches.get(db) ?? createCache<string>({ ttlMs, maxEntries, now });
  caches.set(db, known);
  return cacheFound((keyHash) => findSiteIdByKeyHash(db, keyHash, new Date(now())), known);
}

/**
 * Forgets a key this process trusted, so a revocation made here is refused from the next request.
 * Other collector processes over the same database still trust it for up to SECRET_KEY_TTL_MS.
 */
export const forgetSecretKey = (db: Db, keyHash: string) => caches.get(db)?.delete(keyHash);

/** `Authorization: Bearer sk_…` → the site the key belongs to, as `c.var.siteId`. */
export const requireSecretKey = (db: Db, options: SecretKeyCacheOptions = {}) => {
  const findSite = secretKeyFinder(db, options);
  return createMiddleware<SiteEnv>(async function secretKeyAuth(c, next) {
    const key = bearer(c.req.header("authorization"));
    if (!key?.startsWith("sk_")) {
      throw new ApiError(401, "unauthorized", "send the site's secret key as Authorization: Bearer sk_…");
    }
    const siteId = await findSite(hashSecret(key));
    if (!siteId) throw new ApiError(401, "unauthorized", "unknown or revoked secret key");
    c.set("siteId", siteId);
    await next();
  });
};

/** `Authorization: Bearer <SHINSA_ADMIN_TOKEN>`. */
export const requireAdmin = (adminToken: string) =>
  createMiddleware(async function adminAuth(c, next) {
    const token = bearer(c.req.header("authorization"));
    if (!token || !secretsEqual(token, adminToken)) {
      throw new ApiError(401, "unauthorized", "send the admin token as Authorization: Bearer …");
    }
    await next();
  });
