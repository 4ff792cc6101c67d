export interface FoundCacheOptions {
  ttlMs: number;
  maxEntries?: number;
  now?: () => number;
}

export type FoundEntries<T> = Map<string, { value: T; until: number }>;

/**
 * `find` behind a short in-memory cache of what it found, for look-ups every request makes with the
 * same few keys (a site's public key, a merchant's secret key). A change in the database is seen
 * within `ttlMs`. What was not found is never cached, so a new key works at once; the cache is
 * bounded (the oldest entry leaves first), so a flood of made-up keys cannot grow it. Pass
 * `entries` to share one cache between several finders.
 */
export function cacheFound<T>(
  find: (key: string) => Promise<T | undefined>,
  { ttlMs, maxEntries = 1000, now = Date.now }: FoundCacheOptions,
  entries: FoundEntries<T> = new Map(),
): (key: string) => Promise<T | undefined> {
  return async (key) => {
    const hit = entries.get(key);
    if (hit && hit.until > now()) return hit.value;
    entries.delete(key);
    const value = await find(key);
    if (value === undefined) return undefined;
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
    entries.set(key, { value, until: now() + ttlMs });
    return value;
  };
}
