import type { Db } from "../db/client.js";
import { readStoredSettings, writeSettings } from "../db/queries/site-settings.js";
import { type Cache, createCache } from "../lib/cache.js";
import { mergeSettings, type SiteSettings, siteSettingsSchema } from "../scoring/settings.js";

// Read for every order and changed rarely: kept a few seconds per site. A change made through
// this process is seen at once; another collector on the same database sees it within the TTL.
const SETTINGS_TTL_MS = 5_000;
const caches = new WeakMap<Db, Cache<SiteSettings>>();
const cacheOf = (db: Db) => {
  const cache = caches.get(db) ?? createCache<SiteSettings>({ maxEntries: 10_000, ttlMs: SETTINGS_TTL_MS });
  caches.set(db, cache);
  return cache;
};

/** A site's scoring settings: what it stored over the defaults. */
export async function getSiteSettings(db: Db, siteId: string): Promise<SiteSettings> {
  const cache = cacheOf(db);
  const hit = cache.get(siteId);
  if (hit) return hit.value;
  const settings = mergeSettings(await readStoredSettings(db, siteId));
  cache.set(siteId, settings);
  return settings;
}

/** A partial update, merged over the current settings and validated whole; answers the new settings. */
export async function updateSiteSettings(db: Db, siteId: string, patch: Partial<SiteSettings>): Promise<SiteSettings> {
  const current = await getSiteSettings(db, siteId);
  const next = siteSettingsSchema.parse({ ...current, ...patch });
  await writeSettings(db, siteId, next);
  cacheOf(db).delete(siteId);
  return next;
}
