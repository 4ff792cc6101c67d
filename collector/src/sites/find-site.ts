import type { Db } from "../db/client.js";
import { anySiteListsOrigin, findSiteByPublicKey, type Site } from "../db/queries/sites.js";
import { cacheFound, createCache } from "../lib/cache.js";

export type { Site };

/** Whether any site lists this origin; answers CORS preflights, which carry no site key. */
export const isKnownOrigin = (db: Db, origin: string): Promise<boolean> => anySiteListsOrigin(db, origin);

/**
 * `findSiteByPublicKey` behind a short in-memory cache, for `/v1/collect`: every page view asks for
 * the same few sites, and the token's round trip is on the checkout's critical path. A change to a
 * site's origins takes effect within `ttlMs`; unknown keys are not cached, so a new site works at
 * once. The cache is bounded, so a flood of made-up keys cannot grow it.
 */
export const cachedSiteFinder = (db: Db, { ttlMs = 30_000, maxEntries = 1000, now = Date.now } = {}) =>
  cacheFound((publicKey) => findSiteByPublicKey(db, publicKey), createCache<Site>({ ttlMs, maxEntries, now }));
