import { describe, expect, it } from "vitest";
import { testDrivers } from "../testing/databases.js";
import {
  CHROME_UA,
  callAs,
  createTestSite,
  devicePayload,
  jsonOf,
  type TestContext,
  useTestApp,
} from "../testing/test-app.js";

// Every route of the app, and why one site's secret key cannot reach another's data through it.
// A route added without a line here fails the first test: isolation is decided, not assumed.
type Sites = Awaited<ReturnType<typeof seedTwoSites>>;
type Case = (ctx: TestContext, s: Sites) => Promise<void>;

const NOT_PER_SITE = "answers the same to everyone: no site's data";
const ADMIN = "admin token: the instance's operator, who sees every site by design";
const CONSOLE = "console: analyst isolation in console/console.test.ts (404 for another site's pages)";
const BY_PUBLIC_KEY = "the site comes from the public key and the page's origin (routes/collect.test.ts)";

const CASES: Record<string, Case | string> = {
  "GET /healthz": NOT_PER_SITE,
  "GET /readyz": NOT_PER_SITE,
  "GET /metrics": ADMIN,
  "GET /openapi.json": NOT_PER_SITE,
  "GET /sdk.js": NOT_PER_SITE,
  "GET /v1/admin/sites": ADMIN,
  "POST /v1/admin/sites": ADMIN,
  "PATCH /v1/admin/sites/:siteId": ADMIN,
  "GET /v1/admin/sites/:siteId/keys": ADMIN,
  "POST /v1/admin/sites/:siteId/keys": ADMIN,
  "DELETE /v1/admin/sites/:siteId/keys/:keyId": ADMIN,
  "OPTIONS /v1/collect": BY_PUBLIC_KEY,
  "POST /v1/collect": BY_PUBLIC_KEY,
  "GET /v1/tokens/:token": async (ctx, s) => {
    expect((await callAs(ctx)("GET", s.a.secretKey, `/v1/tokens/${s.bToken}`)).status).toBe(404);
  },
  "POST /v1/orders": async (ctx, s) => {
    // The same order id under A is A's own order; B's stays as it was.
    expect(
      (await callAs(ctx)("POST", s.a.secretKey, "/v1/orders", { orderId: "B-1", billing: { name: "別人 です" } }))
        .status,
    ).toBe(200);
    await expectBUnchanged(ctx, s);
  },
  "GET /v1/orders/:orderId": async (ctx, s) => {
    expect((await callAs(ctx)("GET", s.a.secretKey, "/v1/orders/B-2")).status).toBe(404);
  },
  "POST /v1/orders/:orderId/feedback": async (ctx, s) => {
    expect((await callAs(ctx)("POST", s.a.secretKey, "/v1/orders/B-2/feedback", { label: "fraud" })).status).toBe(404);
    await expectBUnchanged(ctx, s);
  },
  "POST /v1/orders/import": async (ctx, s) => {
    const res = await ctx.app.request("/v1/orders/import", {
      method: "POST",
      headers: { authorization: `Bearer ${s.a.secretKey}`, "content-type": "text/csv" },
      body: "orderId,billing.name\nB-2,乗っ取り 太郎\n",
    });
    expect(res.status).toBe(200);
    await expectBUnchanged(ctx, s);
  },
  "GET /v1/orders": async (ctx, s) => {
    const all = await jsonOf(await callAs(ctx)("GET", s.a.secretKey, "/v1/orders?limit=200"));
    expect(all.orders.map((o: { orderId: string }) => o.orderId)).not.toContain("B-2");
    const byEmail = await jsonOf(
      await callAs(ctx)("GET", s.a.secretKey, `/v1/orders?q=${encodeURIComponent("b.buyer@example.jp")}`),
    );
    expect(byEmail.orders).toEqual([]);
    const byRing = await jsonOf(await callAs(ctx)("GET", s.a.secretKey, `/v1/orders?q=${s.bRing}`));
    expect(byRing.orders).toEqual([]);
  },
  "GET /v1/rings/:ringId": async (ctx, s) => {
    expect((await callAs(ctx)("GET", s.a.secretKey, `/v1/rings/${s.bRing}`)).status).toBe(404);
  },
  "DELETE /v1/customers/:customerId": async (ctx, s) => {
    await callAs(ctx)("DELETE", s.a.secretKey, "/v1/customers/BC-1");
    await expectBUnchanged(ctx, s);
  },
  "GET /v1/settings": async (ctx, s) => {
    const a = await jsonOf(await callAs(ctx)("GET", s.a.secretKey, "/v1/settings"));
    expect(a.thresholds).toEqual({ review: 45, reject: 80 }); // B's are 30/60
  },
  "PATCH /v1/settings": async (ctx, s) => {
    await callAs(ctx)("PATCH", s.a.secretKey, "/v1/settings", { thresholds: { review: 90, reject: 95 } });
    const b = await jsonOf(await callAs(ctx)("GET", s.b.secretKey, "/v1/settings"));
    expect(b.thresholds).toEqual({ review: 30, reject: 60 });
  },
  "GET /v1/webhook": async (ctx, s) => {
    expect((await callAs(ctx)("GET", s.a.secretKey, "/v1/webhook")).status).toBe(404);
  },
  "PUT /v1/webhook": async (ctx, s) => {
    const res = await callAs(ctx)("PUT", s.a.secretKey, "/v1/webhook", { url: "https://hooks.a.example/x" });
    expect(res.status).toBe(201);
    await expectBWebhookUnchanged(ctx, s);
  },
  "DELETE /v1/webhook": async (ctx, s) => {
    await callAs(ctx)("DELETE", s.a.secretKey, "/v1/webhook");
    await expectBWebhookUnchanged(ctx, s);
  },
  "POST /v1/webhook/secret": async (ctx, s) => {
    await callAs(ctx)("POST", s.a.secretKey, "/v1/webhook/secret");
    await expectBWebhookUnchanged(ctx, s);
  },
  "POST /v1/webhook/ping": async (ctx, s) => {
    await callAs(ctx)("POST", s.a.secretKey, "/v1/webhook/ping");
    await expectBWebhookUnchanged(ctx, s);
  },
  "GET /v1/webhook/events": async (ctx, s) => {
    const a = await jsonOf(await callAs(ctx)("GET", s.a.secretKey, "/v1/webhook/events?limit=200"));
    expect(a.events.map((e: { id: string }) => e.id)).not.toContain(s.bEvent);
  },
  "POST /v1/webhook/events/:eventId/resend": async (ctx, s) => {
    expect((await callAs(ctx)("POST", s.a.secretKey, `/v1/webhook/events/${s.bEvent}/resend`)).status).toBe(404);
    await expectBWebhookUnchanged(ctx, s);
  },
};

/** Site B with a token, a ring of orders, a customer and its own settings; site A empty. */
async function seedTwoSites(ctx: TestContext) {
  const a = await createTestSite(ctx);
  const b = await createTestSite(ctx);
  const call = callAs(ctx);
  const collected = await ctx.app.request("/v1/collect", {
    method: "POST",
    headers: { "content-type": "text/plain", origin: "https://shop.example", "user-agent": CHROME_UA },
    body: JSON.stringify(devicePayload(b.publicKey)),
  });
  const bToken = (await jsonOf(collected)).token as string;
  let bRing = "";
  for (const [i, name] of ["佐藤 一郎", "鈴木 二郎"].entries()) {
    const answer = await jsonOf(
      await call("POST", b.secretKey, "/v1/orders", {
        orderId: `B-${i + 1}`,
        ...(i === 0 && { token: bToken }),
        customer: { id: `BC-${i + 1}`, email: i === 1 ? "b.buyer@example.jp" : `b${i}@example.jp` },
        billing: { name, phone: "080-5555-0101", postalCode: "135-0043", address: "東京都江東区塩浜2丁目13番1号" },
        items: [{ category: "game_console", quantity: 2 }],
      }),
    );
    bRing = answer.links.ringId ?? bRing;
  }
  await call("PATCH", b.secretKey, "/v1/settings", { thresholds: { review: 30, reject: 60 } });
  await ctx.deps.background.idle();
  await call("PUT", b.secretKey, "/v1/webhook", { url: "https://hooks.b.example/shinsa" });
  const bEvent = (await jsonOf(await call("POST", b.secretKey, "/v1/webhook/ping"))).eventId as string;
  const bWebhook = await jsonOf(await call("GET", b.secretKey, "/v1/webhook"));
  const bEvents = await jsonOf(await call("GET", b.secretKey, "/v1/webhook/events?limit=200"));
  const before = await jsonOf(await call("GET", b.secretKey, "/v1/orders/B-1"));
  return { a, b, bToken, bRing, before, bEvent, bWebhook, bEvents };
}

async function expectBUnchanged(ctx: TestContext, s: Sites) {
  const now = await jsonOf(await callAs(ctx)("GET", s.b.secretKey, "/v1/orders/B-1"));
  expect({ order: now.order, label: now.label, erasedAt: now.erasedAt, score: now.score }).toEqual({
    order: s.before.order,
    label: s.before.label,
    erasedAt: s.before.erasedAt,
    score: s.before.score,
  });
  expect((await callAs(ctx)("GET", s.b.secretKey, `/v1/tokens/${s.bToken}`)).status).toBe(200);
}

async function expectBWebhookUnchanged(ctx: TestContext, s: Sites) {
  expect(await jsonOf(await callAs(ctx)("GET", s.b.secretKey, "/v1/webhook"))).toEqual(s.bWebhook);
  expect(await jsonOf(await callAs(ctx)("GET", s.b.secretKey, "/v1/webhook/events?limit=200"))).toEqual(s.bEvents);
}

describe.each(testDrivers)("one site's key and another site's data on %s", (driver) => {
  const ctx = useTestApp(driver);

  it("has a decided case for every route of the app", () => {
    const routes = [...new Set(ctx.app.routes.filter((r) => r.method !== "ALL").map((r) => `${r.method} ${r.path}`))];
    const api = routes.filter((r) => !r.includes(" /console"));
    expect(api.filter((r) => !(r in CASES))).toEqual([]);
    expect(Object.keys(CASES).filter((r) => !routes.includes(r))).toEqual([]); // no stale lines
    expect(routes.filter((r) => r.includes(" /console")).length).toBeGreaterThan(10); // CONSOLE covers them
    expect(CONSOLE).toContain("console.test.ts");
  });

  for (const [route, check] of Object.entries(CASES)) {
    if (typeof check === "string") continue;
    it(`${route}: site A's key cannot read or change site B's data`, async () => {
      await check(ctx, await seedTwoSites(ctx));
    });
  }
});
