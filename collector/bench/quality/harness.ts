import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { OrderResponse } from "@shinsa/shared";
import { createApp } from "../../src/app.js";
import type { AppDeps } from "../../src/deps.js";
import { NO_RATE_LIMITS, parseConfig } from "../../src/env.js";
import { createBackground } from "../../src/lib/background.js";
import { createLogger } from "../../src/lib/logger.js";
import { createMetrics } from "../../src/lib/metrics.js";
import { loadSdkBundle } from "../../src/lib/sdk-bundle.js";
import { createRescoreQueue } from "../../src/orders/rescore-queue.js";
import { openTestDatabase } from "../../src/testing/databases.js";
import type { StreamOrder } from "./generator.js";

// The collector in-process, with a clock the stream drives: tokens expire and labels arrive in
// simulated time, not in the seconds the run takes.

const ADMIN = "adm_quality_bench_0123456789";
const ORIGIN = "https://shop.example";

export interface Site {
  name: string;
  publicKey: string;
  secretKey: string;
  /** visitorId per browser profile: what each browser kept in its storage. */
  storage: Map<string, string>;
}

export class RouteMissing extends Error {}

export interface HarnessOptions {
  /**
   * Serve the collector on a loopback port with the built SDK (sdk/dist), for real browsers to
   * post their signals to (e2e/bench/one-machine.ts); their requests carry no X-Forwarded-For.
   */
  listen?: boolean;
}

export async function openHarness(options: HarnessOptions = {}) {
  // With DATABASE_URL, a throw-away database on that server (dropped at the end); else PGlite in memory.
  const database = await openTestDatabase(process.env.DATABASE_URL ? "postgres" : "pglite");
  let clock = new Date(0);
  const logger = createLogger();
  const deps: AppDeps = {
    db: database.db,
    // The bench stands in for a proxy, so the collector reads each shopper's IP from X-Forwarded-For.
    config: parseConfig({ ...NO_RATE_LIMITS, SHINSA_ADMIN_TOKEN: ADMIN, SHINSA_TRUST_PROXY: "1" }),
    sdkBundle: options.listen ? loadSdkBundle() : { body: "/* sdk */", etag: '"bench"', built: true },
    now: () => clock,
    secret: "quality-bench-secret-0123456789-abcdefghij",
    metrics: createMetrics(),
    background: createBackground((job, err) => logger.error({ job, err }, "background job failed")),
    rescores: createRescoreQueue(),
    logger,
  };
  const app = createApp(deps);
  const server = options.listen
    ? await new Promise<ReturnType<typeof serve>>((resolve) => {
        const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
      })
    : null;

  const timings = new Map<string, { n: number; ms: number }>();
  async function call(path: string, init: RequestInit & { expect?: number[] }): Promise<Response> {
    const t0 = performance.now();
    const res = await app.request(path, init);
    const route = `${init.method ?? "GET"} ${path.replace(/ORD-\d+/, ":id")}`;
    const t = timings.get(route) ?? { n: 0, ms: 0 };
    timings.set(route, { n: t.n + 1, ms: t.ms + performance.now() - t0 });
    if (res.status === 404 && (await res.clone().text()).includes("no route for")) {
      throw new RouteMissing(
        `${init.method ?? "GET"} ${path.replace(/ORD-\d+/, ":orderId")} answered 404: not in this build`,
      );
    }
    if (!(init.expect ?? [200]).includes(res.status)) {
      throw new Error(`${init.method ?? "GET"} ${path} answered ${res.status}: ${await res.text()}`);
    }
    return res;
  }

  return {
    driver: database.driver,
    /** Mean milliseconds per request, by route. */
    timings: () => [...timings].map(([route, t]) => `${route} ${(t.ms / t.n).toFixed(1)} ms`).join(", "),
    /** Where real browsers reach the collector, with `listen`. */
    origin: server ? `http://127.0.0.1:${(server.address() as AddressInfo).port}` : null,
    close: async () => {
      if (server) await new Promise((resolve) => server.close(resolve));
      await database.dispose();
    },
    setClock: (ms: number) => {
      clock = new Date(ms);
    },

    async createSite(name: string, origins: string[] = [ORIGIN]): Promise<Site> {
      const res = await call("/v1/admin/sites", {
        method: "POST",
        headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" },
        body: JSON.stringify({ name, origins }),
        expect: [201],
      });
      const body = (await res.json()) as { publicKey: string; secretKey: string };
      return { name, ...body, storage: new Map() };
    },

    /** The SDK's post from the checkout page; answers the token for the order. */
    async collect(site: Site, order: StreamOrder): Promise<string | undefined> {
      const d = order.device;
      if (!d) return undefined;
      const visitorId = d.clearsStorage ? null : (site.storage.get(d.profileKey) ?? null);
      const payload = {
        v: 1,
        type: "device",
        key: site.publicKey,
        sessionId: d.sessionId,
        visitorId,
        signals: d.signals,
        behavior: d.behavior,
      };
      const res = await call("/v1/collect", {
        method: "POST",
        headers: {
          "content-type": "text/plain",
          origin: ORIGIN,
          ...d.headers,
          ...(order.request.ip && { "x-forwarded-for": order.request.ip }),
        },
        body: JSON.stringify(payload),
      });
      const body = (await res.json()) as { token: string; visitorId?: string };
      if (!d.clearsStorage && body.visitorId) site.storage.set(d.profileKey, body.visitorId);
      return body.token;
    },

    async score(site: Site, order: StreamOrder, token: string | undefined): Promise<OrderResponse> {
      const res = await call("/v1/orders", {
        method: "POST",
        headers: { authorization: `Bearer ${site.secretKey}`, "content-type": "application/json" },
        body: JSON.stringify({ ...order.request, ...(token && { token }) }),
      });
      return (await res.json()) as OrderResponse;
    },

    async feedback(site: Site, orderId: string, label: string): Promise<void> {
      await call(`/v1/orders/${encodeURIComponent(orderId)}/feedback`, {
        method: "POST",
        headers: { authorization: `Bearer ${site.secretKey}`, "content-type": "application/json" },
        body: JSON.stringify({ label, note: "quality bench" }),
      });
    },

    /** Waits for the re-scoring the last orders queued: in simulated time it is instant. */
    settle: () => deps.background.idle(),

    /** The order as it stands now: rings merge and the collector re-scores as later orders join it. */
    async stored(site: Site, orderId: string): Promise<OrderResponse> {
      const res = await call(`/v1/orders/${encodeURIComponent(orderId)}`, {
        headers: { authorization: `Bearer ${site.secretKey}` },
      });
      return (await res.json()) as OrderResponse;
    },
  };
}

export type Harness = Awaited<ReturnType<typeof openHarness>>;
