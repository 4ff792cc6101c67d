import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app.js";
import { type Database, openDatabase } from "../db/client.js";
import { parseConfig } from "../env.js";
import { createBackground } from "../lib/background.js";
import { createLogger } from "../lib/logger.js";
import { createMetrics } from "../lib/metrics.js";
import { createRescoreQueue } from "../orders/rescore-queue.js";
import { openTestDatabase, skipPostgres, type TestDatabase } from "../testing/databases.js";
import { startTcpProxy } from "../testing/tcp-proxy.js";
import { ADMIN_TOKEN } from "../testing/test-app.js";

// A real PostgreSQL that goes away under the collector and comes back: the collector is reached
// through a TCP relay the test drops and restores, so the shared server itself is never stopped.
describe.skipIf(skipPostgres)("a database outage", () => {
  let server: TestDatabase;
  let viaProxy: Database;
  let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
  let app: ReturnType<typeof createApp>;
  const logLines: string[] = [];

  beforeAll(async () => {
    server = await openTestDatabase("postgres");
    const url = new URL(server.url ?? "");
    proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
    url.hostname = "127.0.0.1";
    url.port = String(proxy.port);
    viaProxy = await openDatabase({ url: url.toString() });
    const logger = createLogger({ write: (line: string) => logLines.push(line) });
    app = createApp({
      db: viaProxy.db,
      config: parseConfig({ SHINSA_ADMIN_TOKEN: ADMIN_TOKEN }),
      sdkBundle: { body: "", etag: '"t"', built: true },
      now: () => new Date(),
      secret: "test-secret-of-at-least-32-characters",
      metrics: createMetrics(),
      background: createBackground(() => {}),
      rescores: createRescoreQueue(),
      logger,
    });
  });
  afterAll(async () => {
    await proxy?.up().catch(() => {});
    await viaProxy?.close();
    await server?.dispose();
  });

  const admin = (path: string, body?: unknown) =>
    app.request(path, {
      method: body ? "POST" : "GET",
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });

  it("answers 503 with Retry-After while the database is away, stays up, and works again when it returns", async () => {
    const created = await admin("/v1/admin/sites", { name: "outage shop", origins: [] });
    expect(created.status).toBe(201);
    const site = (await created.json()) as { secretKey: string };
    const order = (id: string) =>
      app.request("/v1/orders", {
        method: "POST",
        headers: { authorization: `Bearer ${site.secretKey}` },
        body: JSON.stringify({ orderId: id }),
      });
    expect((await order("UP-1")).status).toBe(200);

    await proxy.down();
    const ready = await app.request("/readyz");
    expect(ready.status).toBe(503);
    for (const res of [await order("DOWN-1"), await admin("/v1/admin/sites")]) {
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      expect(await res.json()).toEqual({
        error: { code: "database_unavailable", message: "the database cannot be reached; try again shortly" },
      });
    }
    expect(logLines.some((l) => l.includes('"level":50'))).toBe(false); // a warning, not an error with a stack

    await proxy.up();
    expect((await app.request("/readyz")).status).toBe(200);
    expect((await order("UP-2")).status).toBe(200);
    const list = await app.request("/v1/orders", { headers: { authorization: `Bearer ${site.secretKey}` } });
    const ids = ((await list.json()) as { orders: { orderId: string }[] }).orders.map((o) => o.orderId);
    expect(ids.sort()).toEqual(["UP-1", "UP-2"]); // nothing half-stored from the outage
  });
});
