import { createMiddleware } from "hono/factory";
import type { Metrics } from "../lib/metrics.js";

/** Counts and times every request by its route's pattern; a path no route knows counts as "unmatched". */
export const measureRequests = (metrics: Metrics) =>
  createMiddleware(async function measure(c, next) {
    const start = performance.now();
    try {
      await next();
    } finally {
      const route = c.req.routePath === "/*" || c.req.routePath === "*" ? "unmatched" : c.req.routePath;
      metrics.request(c.req.method, route, c.res.status, (performance.now() - start) / 1000);
    }
  });
