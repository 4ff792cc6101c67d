import { describe, expect, it } from "vitest";
import { getOrder } from "../orders/get-order.js";
import { testDrivers } from "../testing/databases.js";
import { CHROME_UA, callAs, createTestSite, devicePayload, jsonOf, useTestApp } from "../testing/test-app.js";

// Limits of 20 a minute give a burst of 2 (a tenth), so the third request at once is refused.
describe.each(testDrivers)("rate limits on %s", (driver) => {
  const ctx = useTestApp(driver, { SHINSA_RATE_COLLECT_PER_MINUTE: "20", SHINSA_RATE_API_PER_MINUTE: "20" });
  const call = callAs(ctx);

  it("answers 429 with Retry-After to a secret key past its share, and leaves other keys alone", async () => {
    const a = await createTestSite(ctx);
    const b = await createTestSite(ctx);
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await call("POST", a.secretKey, "/v1/orders", { orderId: `RL-${i}` })).status);
    expect(statuses).toEqual([200, 200, 429]);
    const refused = await call("GET", a.secretKey, "/v1/orders/RL-0");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await jsonOf(refused)).error.code).toBe("rate_limited");
    expect((await call("GET", b.secretKey, "/v1/settings")).status).toBe(200);
    // Nothing refused was stored.
    await expect(getOrder(ctx.deps, a.siteId, "RL-2", "en")).rejects.toThrow(/not found/);
  });

  it("limits /v1/collect per client IP", async () => {
    const site = await createTestSite(ctx);
    const collect = () =>
      ctx.app.request("/v1/collect", {
        method: "POST",
        headers: { "content-type": "text/plain", "user-agent": CHROME_UA, origin: "https://shop.example" },
        body: JSON.stringify(devicePayload(site.publicKey)),
      });
    const statuses = [(await collect()).status, (await collect()).status, (await collect()).status];
    expect(statuses).toEqual([200, 200, 429]);
  });
});

describe("rate limits switched off", () => {
  const ctx = useTestApp("pglite", { SHINSA_RATE_API_PER_MINUTE: "0" });
  it("lets every request through", async () => {
    const site = await createTestSite(ctx);
    for (let i = 0; i < 5; i++) expect((await callAs(ctx)("GET", site.secretKey, "/v1/settings")).status).toBe(200);
  });
});
