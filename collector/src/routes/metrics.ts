import { Hono } from "hono";
import type { AppDeps } from "../deps.js";
import { readOperatingFigures } from "../health/operating-figures.js";
import { requireAdmin } from "../middleware/auth.js";

/** Prometheus's scrape, for the operator only: it names sites and their queues. */
export function metricsRoutes(deps: AppDeps) {
  deps.metrics.collectFrom(() => readOperatingFigures(deps.db, deps.config.databaseUrl !== undefined, deps.background));
  return new Hono().use("/metrics", requireAdmin(deps.config.adminToken)).get("/metrics", async (c) => {
    c.header("content-type", deps.metrics.registry.contentType);
    return c.body(await deps.metrics.scrape());
  });
}
