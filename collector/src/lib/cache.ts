/**
 * The one in-memory cache of the collector, for values read on every request but rarely changed
 * (a site's settings, its keys, its forwarder list parsed). Bounded: when full, the oldest entry
 * leaves, so a flood of made-up keys cannot grow it. With `ttlMs`, an entry is forgotten that long
 * after it was stored, so a change made in the database by another process is seen within it.
 */
export interface CacheOptions {
  maxEntries: number;
  ttlMs?: number;
  now?: () => number;
}

export interface Cache<T> {
  get(key: string): { value: T } | undefined;
  set(key: string, value: T): void;
  delete(key: string): void;
}

export function createCache<T>({
  maxEntries,
  ttlMs = Number.POSITIVE_INFINITY,
  now = Date.now,
}: CacheOptions): Cache<T> {
  const entries = new Map<string, { value: T; until: number }>();
  return {
    get(key) {
      const hit = entries.get(key);
      if (!hit) return undefined;
      if (hit.until > now()) return { value: hit.value };
      entries.delete(key);
      return undefined;
    },
    set(key, value) {
      entries.delete(key);
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(key, { value, until: now() + ttlMs });
    },
    delete: (key) => entries.delete(key),
  };
}

/** `fn` remembered by its string argument in `cache`, null and undefined answers included. */
export function memoize<T>(fn: (key: string) => T, cache: Cache<T>): (key: string) => T {
  return (key) => {
    const hit = cache.get(key);
    if (hit) return hit.value;
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}

/**
 * An async `find` remembered in `cache` for what it found. What was not found is never kept, so a
 * key created a moment ago works at once.
 */
export function cacheFound<T>(
  find: (key: string) => Promise<T | undefined>,
  cache: Cache<T>,
): (key: string) => Promise<T | undefined> {
  return async (key) => {
    const hit = cache.get(key);
    if (hit) return hit.value;
    const value = await find(key);
    if (value !== undefined) cache.set(key, value);
    return value;
  };
}
