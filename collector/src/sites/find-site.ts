import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { sites } from "../db/schema.js";
import { cacheFound, createCache } from "../lib/cache.js";

export type Site = typeof sites.$inferSelect;

export async function findSiteByPublicKey(db: Db, publicKey: string): Promise<Site | undefined> {
  const [site] = await db.select().from(sites).where(eq(sites.publicKey, publicKey)).limit(1);
  return site;
}

/** Whether any site lists this origin; answers CORS preflights, which carry no site key. */
export async function isKnownOrigin(db: Db, origin: string): Promise<boolean> {
  const [row] = await db.select({ id: sites.id }).from(sites).where(sql`${origin} = any(${sites.origins})`).limit(1);
  return row !== undefined;
}

/**
 * `findSiteByPublicKey` behind a short in-memory cache, for `/v1/collect`: every page view asks for
 * the same few sites, and the token's round trip is on the checkout's critical path. A change to a
 * site's origins takes effect within `ttlMs`; unknown keys are not cached, so a new site works at
 * once. The cache is bounded, so a flood of made-up keys cannot grow it.
 */
export const cachedSiteFinder = (db: Db, { ttlMs = 30_000, maxEntries = 1000, now = Date.now } = {}) =>
  cacheFound((publicKey) => findSiteByPublicKey(db, publicKey), createCache<Site>({ ttlMs, maxEntries, now }));
