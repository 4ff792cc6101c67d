import { describe, expect, it } from "vitest";
import { testDrivers } from "../testing/databases.js";
import { callAs, createTestSite, jsonOf, useTestApp } from "../testing/test-app.js";

// Re-scoring the first order of a ring read the ring's size with that order already in it, and
// then counted its account once more as its own: two accounts were told as "a group of 3".
describe.each(testDrivers)("re-scoring the first order of a ring on %s", (driver) => {
  const ctx = useTestApp(driver);
  const call = callAs(ctx);

  const order = (orderId: string, customerId: string, name: string) => ({
    orderId,
    customer: { id: customerId },
    billing: { name, phone: "080-5555-0202" },
  });

  it("counts two accounts as two, on the first order and on the second", async () => {
    const site = await createTestSite(ctx);
    await call("POST", site.secretKey, "/v1/orders", order("RS-1", "RSC-1", "佐藤 一郎"));
    const second = await jsonOf(await call("POST", site.secretKey, "/v1/orders", order("RS-2", "RSC-2", "鈴木 二郎")));
    await ctx.deps.background.idle(site.siteId);
    const first = await jsonOf(await call("GET", site.secretKey, "/v1/orders/RS-1"));
    expect(first.links.ringId).toBe(second.links.ringId);
    const codes = (o: { reasons: Array<{ code: string }> }) => o.reasons.map((r) => r.code);
    expect(codes(second)).not.toContain("ring_size");
    expect(codes(first)).not.toContain("ring_size");
  });

  it("counts three accounts as three when the first order is scored again", async () => {
    const site = await createTestSite(ctx);
    for (const [i, name] of ["佐藤 一郎", "鈴木 二郎", "高橋 三郎"].entries()) {
      await call("POST", site.secretKey, "/v1/orders", order(`RT-${i}`, `RTC-${i}`, name));
    }
    await ctx.deps.background.idle(site.siteId);
    const first = await jsonOf(await call("GET", site.secretKey, "/v1/orders/RT-0", undefined));
    const ring = first.reasons.find((r: { code: string }) => r.code === "ring_size");
    expect(ring?.message).toMatch(/^3 アカウント/);
  });
});
