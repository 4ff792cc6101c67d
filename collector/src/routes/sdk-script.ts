import { Hono } from "hono";
import type { AppDeps } from "../deps.js";

// The script tag's URL carries no version, so caches revalidate every few minutes (cheap: a 304
// by ETag) and may serve a stale copy for a day while they do (RFC 5861), so a slow collector
// never delays a checkout page.
const CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=86400";

export function sdkScriptRoutes({ sdkBundle }: AppDeps) {
  return new Hono().get("/sdk.js", (c) => {
    c.header("ETag", sdkBundle.etag);
    c.header("Cache-Control", CACHE_CONTROL);
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Access-Control-Allow-Origin", "*");
    const ifNoneMatch = c.req.header("if-none-match");
    if (ifNoneMatch?.split(",").some((t) => t.trim() === sdkBundle.etag || t.trim() === `W/${sdkBundle.etag}`)) {
      return c.body(null, 304);
    }
    c.header("Content-Type", "application/javascript; charset=utf-8");
    return c.body(sdkBundle.body);
  });
}
