import { describe, expect, it } from "vitest";
import { testDrivers } from "../testing/databases.js";
import { ADMIN_TOKEN, callAs, createTestSite, devicePayload, jsonOf, useTestApp } from "../testing/test-app.js";

// A field the API does not know is a client's mistake (a typo, a field of another version): kept
// silently, it would never do what the client meant. It is refused, named by its path.
const BEHAVIOR = {
  elapsedMs: 1,
  pointerMoves: 1,
  pointerDistance: 1,
  clicks: 0,
  touches: 0,
  scrolls: 0,
  focusChanges: 0,
  hiddenMs: 0,
  fields: {},
  submitted: false,
};

describe.each(testDrivers)("unknown fields on %s", (driver) => {
  const ctx = useTestApp(driver);
  const call = callAs(ctx);

  const expectRefused = async (res: Response, path: string) => {
    expect(res.status).toBe(400);
    expect((await jsonOf(res)).error.message).toContain(`${path}: unknown field`);
  };

  it("refuses an unknown field of an order, by its path, and stores nothing", async () => {
    const site = await createTestSite(ctx);
    await expectRefused(
      await call("POST", site.secretKey, "/v1/orders", { orderId: "U-1", billing: { name: "山田", colour: "red" } }),
      "billing.colour",
    );
    await expectRefused(await call("POST", site.secretKey, "/v1/orders", { orderId: "U-1", orderID: "x" }), "orderID");
    await expectRefused(
      await call("POST", site.secretKey, "/v1/orders", { orderId: "U-1", items: [{ sku: "A", qty: 2 }] }),
      "items.0.qty",
    );
    expect((await call("GET", site.secretKey, "/v1/orders/U-1")).status).toBe(404);
  });

  it("refuses an unknown field of feedback", async () => {
    const site = await createTestSite(ctx);
    await call("POST", site.secretKey, "/v1/orders", { orderId: "U-2" });
    await expectRefused(
      await call("POST", site.secretKey, "/v1/orders/U-2/feedback", { label: "fraud", notes: "typo" }),
      "notes",
    );
  });

  it("refuses an unknown field of a new site", async () => {
    const res = await ctx.app.request("/v1/admin/sites", {
      method: "POST",
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ name: "Shop", origin: "https://shop.example" }),
    });
    await expectRefused(res, "origin");
  });

  it("refuses an unknown field of the SDK's payload, but not a signal of a newer SDK", async () => {
    const site = await createTestSite(ctx);
    const payload = devicePayload(site.publicKey);
    const post = (body: unknown) => ctx.app.request("/v1/collect", { method: "POST", body: JSON.stringify(body) });
    await expectRefused(await post({ ...payload, extra: 1 }), "extra");
    await expectRefused(await post({ ...payload, behavior: { ...BEHAVIOR, typed: "secret" } }), "behavior.typed");
    expect((await post({ ...payload, signals: { ...payload.signals, battery: 0.5 } })).status).toBe(200);
  });

  it.each([
    ["a rule turned off", { disabledRules: ["three_d_secure", "velocty"] }, "disabledRules.1"],
    ["a rule weighed", { ruleWeights: { velocty: 2 } }, "ruleWeights.velocty"],
  ])("refuses an unknown rule code in %s, and keeps the settings as they were", async (_, patch, path) => {
    const site = await createTestSite(ctx);
    const res = await call("PATCH", site.secretKey, "/v1/settings", patch);
    expect(res.status).toBe(400);
    expect((await jsonOf(res)).error.message).toContain(`${path}: no rule has the code "velocty"`);
    const settings = await jsonOf(await call("GET", site.secretKey, "/v1/settings"));
    expect(settings.disabledRules).toEqual([]);
    expect(settings.ruleWeights).toEqual({});
  });

  it("accepts known rule codes", async () => {
    const site = await createTestSite(ctx);
    const res = await call("PATCH", site.secretKey, "/v1/settings", { ruleWeights: { velocity: 2 } });
    expect(res.status).toBe(200);
  });
});
