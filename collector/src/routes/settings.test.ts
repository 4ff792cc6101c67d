import { describe, expect, it } from "vitest";
import { testDrivers } from "../testing/databases.js";
import { callAs, createTestSite, jsonOf, useTestApp } from "../testing/test-app.js";

describe.each(testDrivers)("/v1/settings on %s", (driver) => {
  const ctx = useTestApp(driver);
  const call = callAs(ctx);

  it("answers the defaults for a new site", async () => {
    const site = await createTestSite(ctx);
    const settings = await jsonOf(await call("GET", site.secretKey, "/v1/settings"));
    expect(settings.thresholds).toEqual({ review: 45, reject: 80 });
    expect(settings.disabledRules).toEqual([]);
  });

  it("changes the decision of later orders by the site's thresholds and rules off", async () => {
    const site = await createTestSite(ctx);
    const order = { orderId: "S-1", payment: { method: "card", threeDSecure: "none" } };
    const before = await jsonOf(await call("POST", site.secretKey, "/v1/orders", order));
    expect(before.decision).toBe("accept");
    await call("PATCH", site.secretKey, "/v1/settings", { thresholds: { review: 10, reject: 50 } });
    const strict = await jsonOf(await call("POST", site.secretKey, "/v1/orders", order));
    expect(strict.decision).toBe("review");
    await call("PATCH", site.secretKey, "/v1/settings", { disabledRules: ["three_d_secure"] });
    const off = await jsonOf(await call("POST", site.secretKey, "/v1/orders", order));
    expect(off.reasons).toEqual([]);
  });

  it.each([
    ["review above reject", { thresholds: { review: 90, reject: 50 } }],
    ["an unknown setting", { colour: "red" }],
    ["a negative weight", { ruleWeights: { velocity: -1 } }],
  ])("refuses %s with 400", async (_, patch) => {
    const site = await createTestSite(ctx);
    const res = await call("PATCH", site.secretKey, "/v1/settings", patch);
    expect(res.status).toBe(400);
  });

  it("keeps one site's settings from another", async () => {
    const siteA = await createTestSite(ctx);
    const siteB = await createTestSite(ctx);
    await call("PATCH", siteA.secretKey, "/v1/settings", { hubAccounts: 99 });
    expect((await jsonOf(await call("GET", siteB.secretKey, "/v1/settings"))).hubAccounts).toBe(12);
  });
});
