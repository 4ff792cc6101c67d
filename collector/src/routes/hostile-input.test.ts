import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isStorableText } from "../lib/json-guard.js";
import { testDrivers } from "../testing/databases.js";
import { fieldValue, hostileJson, hostileRecord, hostileString, SEED } from "../testing/hostile.js";
import { ADMIN_TOKEN, callAs, createTestSite, devicePayload, jsonOf, useTestApp } from "../testing/test-app.js";

// Generated hostile input on every route: never a 5xx (the contract: bad input is a 4xx), and a
// 4xx leaves nothing behind. Seeds are fixed, so a failure reproduces; the counts keep each route
// to a few seconds.
const PARTY_FIELDS = ["name", "nameKana", "postalCode", "address", "phone", "email", "country"];

// Mostly plausible values, so that many orders pass validation and reach the database with
// values at its edges (an amount of 2^31, text of every script); sometimes anything at all.
const text = fc.string({ unit: fc.constantFrom(..."山田太郎ヤマダ東京都1-2-3 ｶﾅ髙①a@.+-".split("")), maxLength: 30 });
const edgeInt = fc.oneof(fc.nat(), fc.constantFrom(0, 2 ** 31 - 1, 2 ** 31, 2 ** 53 - 1));
const or = <T>(plausible: fc.Arbitrary<T>) => fc.oneof({ weight: 5, arbitrary: plausible }, fieldValue);
const party = fc.record(
  Object.fromEntries(PARTY_FIELDS.map((f) => [f, or(f === "country" ? fc.constantFrom("JP", "US") : text)])),
  { requiredKeys: [] },
);
const plausibleOrder = fc.record(
  {
    token: or(text),
    createdAt: or(fc.date({ noInvalidDate: true }).map((d) => d.toISOString())),
    ip: or(fc.oneof(fc.ipV4(), fc.ipV6())),
    customer: or(fc.record({ id: text, email: text }, { requiredKeys: [] })),
    billing: or(party),
    shipping: or(party),
    payment: or(
      fc.record({ method: fc.constantFrom("card", "cod", "deferred"), cardBin: fc.constantFrom("411111", "35000000") }),
    ),
    items: or(
      fc.array(fc.record({ sku: text, category: text, quantity: edgeInt, unitPrice: edgeInt }), { maxLength: 3 }),
    ),
    amount: or(edgeInt),
    currency: or(fc.constantFrom("JPY", "USD", "jpy")),
  },
  { requiredKeys: [] },
);
/** An order with plausible or hostile fields, an unknown one at times, and an id of any kind. */
const hostileOrder = fc
  .tuple(plausibleOrder, hostileRecord(["unknownField"]), fc.oneof({ weight: 4, arbitrary: text }, fieldValue))
  .map(([order, extra, orderId]) => ({ ...order, ...extra, orderId }));

describe.each(testDrivers)("hostile input on %s", (driver) => {
  const ctx = useTestApp(driver);
  const call = callAs(ctx);
  let run = 0;

  it("POST /v1/orders: no 5xx, and an order refused is not stored", async () => {
    const site = await createTestSite(ctx);
    await fc.assert(
      fc.asyncProperty(hostileOrder, async (order) => {
        // A unique id per run, so "not stored" cannot be confused with an earlier run's order.
        const prefix = `F-${++run}`;
        const body = typeof order.orderId === "string" ? { ...order, orderId: `${prefix}${order.orderId}` } : order;
        const res = await call("POST", site.secretKey, "/v1/orders", body);
        expect(res.status, await res.clone().text()).toBeLessThan(500);
        // An id with a lone surrogate has no URL to ask by (and no row to find: such text is never stored).
        const id = body.orderId;
        if (res.status >= 400 && typeof id === "string" && id.trim() !== "" && isStorableText(id)) {
          const stored = await call("GET", site.secretKey, `/v1/orders/${encodeURIComponent(id)}`);
          expect([400, 404]).toContain(stored.status);
        }
      }),
      { seed: SEED, numRuns: 250 },
    );
  }, 60_000);

  it("POST /v1/orders/{id}/feedback: no 5xx", async () => {
    const site = await createTestSite(ctx);
    await call("POST", site.secretKey, "/v1/orders", { orderId: "FB-1" });
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileRecord(["label", "note"]), hostileJson), async (feedback) => {
        const res = await call("POST", site.secretKey, "/v1/orders/FB-1/feedback", feedback);
        expect(res.status, await res.clone().text()).toBeLessThan(500);
      }),
      { seed: SEED, numRuns: 150 },
    );
  }, 60_000);

  it("PATCH /v1/settings: no 5xx, and settings refused leave the settings as they were", async () => {
    const site = await createTestSite(ctx);
    const fields = ["thresholds", "ruleWeights", "disabledRules", "hubAccounts", "forwarders", "rescoreHours"];
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileRecord(fields), hostileJson), async (patch) => {
        const before = await jsonOf(await call("GET", site.secretKey, "/v1/settings"));
        const res = await call("PATCH", site.secretKey, "/v1/settings", patch);
        expect(res.status, await res.clone().text()).toBeLessThan(500);
        if (res.status >= 400) expect(await jsonOf(await call("GET", site.secretKey, "/v1/settings"))).toEqual(before);
      }),
      { seed: SEED, numRuns: 150 },
    );
  }, 60_000);

  it("PUT /v1/webhook: no 5xx, and an endpoint refused leaves the one set as it was", async () => {
    const site = await createTestSite(ctx);
    await call("PUT", site.secretKey, "/v1/webhook", { url: "https://hooks.shop.example/shinsa" });
    const url = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.constantFrom(
        "http://[::1]/x",
        "http://0x7f.1/",
        "http://169.254.169.254/",
        "javascript:alert(1)",
        "https://a@b/",
      ),
      hostileString(200),
    );
    const events = fc.array(fc.oneof(fc.constantFrom("order.scored", "order.reviewed", "ping"), hostileString(20)));
    const body = fc.oneof(
      fc.record({ url, events }, { requiredKeys: ["url"] }),
      hostileRecord(["url", "events"]),
      hostileJson,
    );
    await fc.assert(
      fc.asyncProperty(body, async (endpoint) => {
        const before = await jsonOf(await call("GET", site.secretKey, "/v1/webhook"));
        const res = await call("PUT", site.secretKey, "/v1/webhook", endpoint);
        expect(res.status, await res.clone().text()).toBeLessThan(500);
        const after = await jsonOf(await call("GET", site.secretKey, "/v1/webhook"));
        if (res.status >= 400) expect(after).toEqual(before);
        else expect(after.url).toBe(new URL((endpoint as { url: string }).url).toString());
      }),
      { seed: SEED, numRuns: 150 },
    );
    const query = fc.record({ status: hostileString(20), limit: hostileString(8) }, { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(query, hostileString(80), async (q, id) => {
        const clean = (v: string) => encodeURIComponent(v.replace(/[\ud800-\udfff]/g, ""));
        const search = Object.entries(q)
          .map(([k, v]) => `${k}=${clean(v)}`)
          .join("&");
        expect((await call("GET", site.secretKey, `/v1/webhook/events?${search}`)).status).toBeLessThan(500);
        expect((await call("POST", site.secretKey, `/v1/webhook/events/${clean(id)}/resend`)).status).toBeLessThan(500);
      }),
      { seed: SEED, numRuns: 100 },
    );
  }, 60_000);

  it("POST /v1/admin/sites: no 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileRecord(["name", "origins"]), hostileJson), async (site) => {
        const res = await ctx.app.request("/v1/admin/sites", {
          method: "POST",
          headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
          body: JSON.stringify(site),
        });
        expect(res.status, await res.clone().text()).toBeLessThan(500);
      }),
      { seed: SEED, numRuns: 150 },
    );
  }, 60_000);

  it("POST /v1/collect: no 5xx for a payload with hostile fields or signals", async () => {
    const site = await createTestSite(ctx);
    const base = devicePayload(site.publicKey);
    const signalNames = Object.keys(base.signals);
    const payload = fc.oneof(
      hostileRecord(["sessionId", "visitorId", "token", "type", "v"]).map((p) => ({ ...base, ...p })),
      hostileRecord(signalNames).map((signals) => ({ ...base, signals: { ...base.signals, ...signals } })),
      hostileJson,
    );
    await fc.assert(
      fc.asyncProperty(payload, async (body) => {
        const res = await ctx.app.request("/v1/collect", { method: "POST", body: JSON.stringify(body) });
        expect(res.status, await res.clone().text()).toBeLessThan(500);
      }),
      { seed: SEED, numRuns: 250 },
    );
  }, 60_000);

  it("GET /v1/tokens/{token}, /v1/orders/{id}, /v1/rings/{id}: no 5xx for any id", async () => {
    const site = await createTestSite(ctx);
    const route = fc.constantFrom("/v1/tokens/", "/v1/orders/", "/v1/rings/");
    await fc.assert(
      fc.asyncProperty(route, hostileString(80), async (prefix, id) => {
        const res = await call(
          "GET",
          site.secretKey,
          `${prefix}${encodeURIComponent(id.replace(/[\ud800-\udfff]/g, ""))}`,
        );
        expect(res.status, await res.clone().text()).toBeLessThan(500);
      }),
      { seed: SEED, numRuns: 150 },
    );
  }, 60_000);

  it("POST /v1/orders/import: no 5xx for any bytes", async () => {
    const site = await createTestSite(ctx);
    const csvLine = fc.array(hostileString(20), { maxLength: 6 }).map((cells) => cells.join(","));
    const csv = fc.oneof(
      fc
        .array(csvLine, { maxLength: 6 })
        .map((lines) => `orderId,customer.email,amount,billing.name\n${lines.join("\n")}`),
      fc.uint8Array({ maxLength: 300 }),
    );
    await fc.assert(
      fc.asyncProperty(csv, async (body) => {
        const res = await ctx.app.request("/v1/orders/import", {
          method: "POST",
          headers: { authorization: `Bearer ${site.secretKey}`, "content-type": "text/csv" },
          body,
        });
        expect(res.status, await res.clone().text()).toBeLessThan(500);
      }),
      { seed: SEED, numRuns: 80 },
    );
  }, 60_000);
});
