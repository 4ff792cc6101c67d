/**
 * Remembers `fn` by its string argument, for values read on every request but rarely changed
 * (a site's forwarder list, its datacenter ranges). Emptied when it holds `max` entries, so a
 * site that keeps changing its lists cannot grow it without bound.
 */
export function memoize<T>(fn: (key: string) => T, max: number): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as T;
    if (cache.size >= max) cache.clear();
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}
