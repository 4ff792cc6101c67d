import { describe, expect, it } from "vitest";
import { testDrivers } from "../testing/databases.js";
import { callAs, createTestSite, devicePayload, jsonOf, useTestApp } from "../testing/test-app.js";
import { applyRetention } from "./signal-retention.js";

const DAY = 86_400_000;

describe.each(testDrivers)("signal retention on %s", (driver) => {
  const ctx = useTestApp(driver);

  it("deletes each site's signals past its retention, keeps the rest, and orders still link through the device", async () => {
    const now = Date.now();
    const short = await createTestSite(ctx);
    const forever = await createTestSite(ctx);
    const call = callAs(ctx);
    expect((await call("PATCH", short.secretKey, "/v1/settings", { signalRetentionDays: 30 })).status).toBe(200);
    expect((await call("PATCH", forever.secretKey, "/v1/settings", { signalRetentionDays: null })).status).toBe(200);
    const collectAt = async (site: { publicKey: string }, daysAgo: number) => {
      ctx.setNow(new Date(now - daysAgo * DAY));
      const res = await ctx.app.request("/v1/collect", {
        method: "POST",
        headers: { "content-type": "text/plain;charset=UTF-8", origin: "https://shop.example" },
        // The browser keeps its visitor id in its own storage: a strong identifier of the device.
        body: JSON.stringify(devicePayload(site.publicKey, { visitorId: "v_retention_browser_01" })),
      });
      return ((await res.json()) as { token: string }).token;
    };
    const old = await collectAt(short, 40);
    // The order that used the old token was scored while it was fresh.
    expect(
      (await call("POST", short.secretKey, "/v1/orders", { orderId: "R-1", token: old, customer: { id: "A" } })).status,
    ).toBe(200);
    const recent = await collectAt(short, 10);
    const keptOld = await collectAt(forever, 400);

    ctx.setNow(new Date(now));
    const deleted = await applyRetention(ctx.deps);
    expect(deleted.get(short.siteId)).toBe(1);
    expect(deleted.has(forever.siteId)).toBe(false);
    // Gone (404), where a token still stored but past its 24 h answers 410.
    expect((await call("GET", short.secretKey, `/v1/tokens/${old}`)).status).toBe(404);
    expect((await call("GET", short.secretKey, `/v1/tokens/${recent}`)).status).toBe(410);
    expect((await call("GET", forever.secretKey, `/v1/tokens/${keptOld}`)).status).toBe(410);

    // The same device, on a fresh token, under another account: still linked to R-1.
    const fresh = await collectAt(short, 0);
    ctx.setNow(new Date(now));
    const second = await jsonOf(
      await call("POST", short.secretKey, "/v1/orders", { orderId: "R-2", token: fresh, customer: { id: "B" } }),
    );
    expect(second.links.orders).toContain("R-1");
    expect(await applyRetention(ctx.deps)).toEqual(new Map());
  });

  it("keeps signals 180 days unless the site says otherwise, and refuses a retention out of range", async () => {
    const site = await createTestSite(ctx);
    expect((await jsonOf(await callAs(ctx)("GET", site.secretKey, "/v1/settings"))).signalRetentionDays).toBe(180);
    for (const bad of [0, -1, 1.5, 4000, "30"]) {
      expect((await callAs(ctx)("PATCH", site.secretKey, "/v1/settings", { signalRetentionDays: bad })).status).toBe(
        400,
      );
    }
  });
});
