import { describe, expect, it } from "vitest";
import { getDashboard } from "../../orders/get-dashboard.js";
import { signInOwner } from "../../testing/console-client.js";
import { testDrivers } from "../../testing/databases.js";
import { ADMIN_TOKEN, callAs, createTestSite, useTestApp } from "../../testing/test-app.js";

describe.each(testDrivers)("the console's dashboard on %s", (driver) => {
  const ctx = useTestApp(driver);
  const call = callAs(ctx);

  it("counts orders per Japanese day by decision, the backlog, reasons, and fraud caught and missed", async () => {
    const site = await createTestSite(ctx);
    const now = Date.now();
    const at = (hoursAgo: number) => new Date(now - hoursAgo * 3_600_000).toISOString();
    for (const [i, name] of ["佐藤 一郎", "鈴木 二郎", "高橋 三郎"].entries()) {
      await call("POST", site.secretKey, "/v1/orders", {
        orderId: `D-${i}`,
        createdAt: at(50 - i),
        customer: { id: `DC-${i}` },
        billing: { name, phone: "080-5555-0101", postalCode: "135-0043", address: "東京都江東区塩浜2丁目13番1号" },
        items: [{ category: "game_console", quantity: 2 }],
      });
    }
    await call("POST", site.secretKey, "/v1/orders", {
      orderId: "D-plain",
      createdAt: at(2),
      billing: { name: "田中 花子" },
    });
    await call("POST", site.secretKey, "/v1/orders", {
      orderId: "D-old",
      createdAt: at(24 * 40),
      billing: { name: "古い 注文" },
    });
    await ctx.deps.background.idle();
    await call("POST", site.secretKey, "/v1/orders/D-0/feedback", { label: "resale" });
    await call("POST", site.secretKey, "/v1/orders/D-plain/feedback", { label: "fraud" });

    const data = await getDashboard(ctx.deps, site.siteId, { fresh: true });
    expect(data.total).toBe(4); // D-old is outside the 30 days
    expect(data.days).toHaveLength(31);
    expect(data.days.reduce((s, d) => s + d.accept, 0)).toBeGreaterThanOrEqual(1);
    expect(data.scoreBins.reduce((a, b) => a + b, 0)).toBe(4);
    expect(data.topReasons.map((r) => r.code)).toContain("resale_pattern");
    expect(data.fraud).toMatchObject({ caught: 1, missed: 1 });
    expect(data.medianDecisionS).toBeGreaterThan(0);

    const browser = await signInOwner(ctx, ADMIN_TOKEN);
    const page = await browser.get(`/console/sites/${site.siteId}/dashboard`);
    expect(page.status).toBe(200);
    expect(page.html).toContain("ダッシュボード");
    expect(page.html).toContain("50%");
  });
});
