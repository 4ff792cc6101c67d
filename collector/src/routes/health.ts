import { sql } from "drizzle-orm";
import { Hono } from "hono";
import type { AppDeps } from "../deps.js";

const READY_TIMEOUT_MS = 2_000;

export function healthRoutes({ db }: AppDeps) {
  return new Hono()
    .get("/healthz", (c) => c.json({ status: "ok" }))
    .get("/readyz", async (c) => {
      try {
        await Promise.race([
          db.execute(sql`select 1`),
          new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), READY_TIMEOUT_MS).unref()),
        ]);
        return c.json({ status: "ready" });
      } catch {
        return c.json({ error: { code: "not_ready", message: "the database does not answer" } }, 503);
      }
    });
}
