import type { Context, MiddlewareHandler } from "hono";
import { createRateLimiter } from "../lib/rate-limit.js";

/**
 * Answers 429 with Retry-After (RFC 6585 §4) when the request's key has used its share; a request
 * without a key (`keyOf` answers null) is not limited here. `perMinute` 0 turns the limit off.
 */
export function rateLimit(options: {
  name: string;
  perMinute: number;
  burst: number;
  keyOf: (c: Context) => string | null;
}): MiddlewareHandler {
  if (options.perMinute <= 0) return async (_c, next) => next();
  const limiter = createRateLimiter(options);
  return async function rateLimited(c, next) {
    const key = options.keyOf(c);
    if (key === null) return next();
    const taken = limiter.take(key);
    if (taken.ok) return next();
    return c.json(
      {
        error: {
          code: "rate_limited",
          message: `too many requests (${options.name}); retry after ${taken.retryAfterS} s`,
        },
      },
      429,
      { "Retry-After": String(taken.retryAfterS) },
    );
  };
}
