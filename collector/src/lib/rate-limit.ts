/**
 * A token bucket per key: `perMinute` requests a minute on average, up to `burst` at once. Held in
 * this process's memory and bounded (the keys least recently seen are forgotten first), so a flood
 * of new keys cannot grow it; several collector processes each keep their own, which multiplies
 * the limit by the number of processes (docs/security.md).
 */
export interface RateLimiter {
  /** Takes one token for the key: ok, or how many seconds until one is free. */
  take(key: string): { ok: true } | { ok: false; retryAfterS: number };
}

export function createRateLimiter(options: {
  perMinute: number;
  burst: number;
  maxKeys?: number;
  now?: () => number;
}): RateLimiter {
  const { perMinute, burst, maxKeys = 100_000, now = Date.now } = options;
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key) {
      const t = now();
      const bucket = buckets.get(key) ?? { tokens: burst, at: t };
      buckets.delete(key); // re-inserted below: the map's order is least recently seen first
      bucket.tokens = Math.min(burst, bucket.tokens + (t - bucket.at) * perMs);
      bucket.at = t;
      const ok = bucket.tokens >= 1;
      if (ok) bucket.tokens -= 1;
      buckets.set(key, bucket);
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value as string);
      return ok ? { ok: true } : { ok: false, retryAfterS: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
    },
  };
}
