import { afterAll, beforeAll } from "vitest";
import { createApp } from "../app.js";
import type { AppDeps } from "../deps.js";
import { NO_RATE_LIMITS, parseConfig } from "../env.js";
import { createBackground } from "../lib/background.js";
import { createLogger } from "../lib/logger.js";
import { createMetrics } from "../lib/metrics.js";
import { createRescoreQueue } from "../orders/rescore-queue.js";
import { type Driver, openTestDatabase, type TestDatabase } from "./databases.js";

export const ADMIN_TOKEN = "adm_test_token_0123456789";

export interface TestContext {
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  database: TestDatabase;
  /** Every line the app logged, as JSON text: tests read it for what must never be there. */
  logLines: string[];
  /** Moves the app's clock, for expiry tests. */
  setNow(date: Date): void;
}

/**
 * One app over a fresh database of the given driver for the enclosing `describe`; the returned
 * object is filled in by `beforeAll`. `prepare` changes the migrated database before the app opens
 * on it (e.g. partitions its tables).
 */
export function useTestApp(
  driver: Driver,
  env: Record<string, string> = {},
  options: { prepare?: (database: TestDatabase) => Promise<void> } = {},
): TestContext {
  const ctx = { logLines: [] as string[] } as TestContext;
  let now: Date | undefined;
  beforeAll(async () => {
    const database = await openTestDatabase(driver);
    await options.prepare?.(database);
    const logger = createLogger({ write: (line: string) => ctx.logLines.push(line) });
    // Off unless a test asks for them: rate-limits.test.ts exercises them on their own.
    const config = parseConfig({ SHINSA_ADMIN_TOKEN: ADMIN_TOKEN, ...NO_RATE_LIMITS, ...env });
    const deps: AppDeps = {
      db: database.db,
      config,
      sdkBundle: { body: "/* sdk */", etag: '"test-etag"', built: true },
      now: () => now ?? new Date(),
      secret: "test-secret-of-at-least-32-characters",
      metrics: createMetrics(),
      background: createBackground((job, err) => logger.error({ job, err }, "background job failed")),
      rescores: createRescoreQueue(),
      logger,
    };
    Object.assign(ctx, { app: createApp(deps), deps, database, setNow: (d: Date) => (now = d) });
  });
  afterAll(async () => {
    await ctx.database?.dispose();
  });
  return ctx;
}

/** Creates a site through the admin route, as an operator would. */
export async function createTestSite(ctx: TestContext, origins: string[] = ["https://shop.example"]) {
  const res = await ctx.app.request("/v1/admin/sites", {
    method: "POST",
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ name: "Test shop", origins }),
  });
  if (res.status !== 201) throw new Error(`site creation failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { siteId: string; publicKey: string; secretKey: string };
}

/** A payload as the SDK sends it from a Chrome on Windows in Japan. */
export function devicePayload(publicKey: string, overrides: Record<string, unknown> = {}) {
  return {
    v: 1,
    type: "device",
    key: publicKey,
    sessionId: "sess_0123456789",
    visitorId: null,
    signals: {
      userAgent: { userAgent: CHROME_UA, platform: "Win32", vendor: "Google Inc." },
      locale: { languages: ["ja-JP", "ja", "en-US"] },
      timezone: { name: "Asia/Tokyo", offset: -540 },
      screen: { width: 1920, height: 1080, colorDepth: 24, pixelRatio: 1 },
      hardware: { concurrency: 8, memory: 8, maxTouchPoints: 0 },
      automation: { webdriver: false, traces: [], hasChromeObject: true, pluginCount: 5 },
      graphics: { vendor: "Google Inc. (NVIDIA)", renderer: "ANGLE (NVIDIA GeForce RTX 3060)", paramsHash: "p1" },
      canvas: "c1",
      audio: "a1",
      math: "m1",
      fonts: ["Meiryo", "Yu Gothic"],
    },
    ...overrides,
  };
}

export const CHROME_UA =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

/** A server-side call with a site's secret key, as the merchant's server makes it. */
export const callAs =
  (ctx: TestContext) =>
  (method: string, secretKey: string, path: string, body?: unknown): Promise<Response> =>
    Promise.resolve(
      ctx.app.request(path, {
        method,
        headers: { authorization: `Bearer ${secretKey}` },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      }),
    );

/** A JSON answer in a test, read loosely: each assertion states the shape it expects. */
// biome-ignore lint/suspicious/noExplicitAny: tests assert on many shapes of answer.
export const jsonOf = (res: Response): Promise<any> => res.json();
