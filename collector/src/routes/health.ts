import { Hono } from "hono";
import type { AppDeps } from "../deps.js";
import { isReady } from "../health/check-ready.js";

export function healthRoutes({ db }: AppDeps) {
  return new Hono()
    .get("/healthz", (c) => c.json({ status: "ok" }))
    .get("/readyz", async (c) =>
      (await isReady(db))
        ? c.json({ status: "ready" })
        : c.json({ error: { code: "not_ready", message: "the database does not answer" } }, 503),
    );
}
