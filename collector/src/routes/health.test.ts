import { describe, expect, it } from "vitest";
import { createApp } from "../app.js";
import { parseConfig } from "../env.js";
import { createBackground } from "../lib/background.js";
import { createLogger } from "../lib/logger.js";
import { createMetrics } from "../lib/metrics.js";
import { createRescoreQueue } from "../orders/rescore-queue.js";
import { openTestDatabase, testDrivers } from "../testing/databases.js";
import { jsonOf, useTestApp } from "../testing/test-app.js";

describe.each(testDrivers)("health on %s", (driver) => {
  const ctx = useTestApp(driver);

  it("answers /healthz while the process is up", async () => {
    const res = await ctx.app.request("/healthz");
    expect(res.status).toBe(200);
    expect(await jsonOf(res)).toEqual({ status: "ok" });
  });

  it("answers /readyz 200 when the database answers", async () => {
    const res = await ctx.app.request("/readyz");
    expect(res.status).toBe(200);
  });

  it("answers unknown routes with the error shape", async () => {
    const res = await ctx.app.request("/nope");
    expect(res.status).toBe(404);
    expect(await jsonOf(res)).toMatchObject({ error: { code: "not_found" } });
  });
});

describe("readiness without a database", () => {
  it("answers /readyz 503 with the error shape once the database is gone", async () => {
    const database = await openTestDatabase("pglite");
    const app = createApp({
      db: database.db,
      config: parseConfig({}),
      sdkBundle: { body: "", etag: '""', built: false },
      now: () => new Date(),
      secret: "test-secret-of-at-least-32-characters",
      metrics: createMetrics(),
      background: createBackground(() => {}),
      rescores: createRescoreQueue(),
      logger: createLogger({ write: () => {} }),
    });
    await database.close();
    const res = await app.request("/readyz");
    expect(res.status).toBe(503);
    expect(await jsonOf(res)).toMatchObject({ error: { code: "not_ready" } });
  });
});
