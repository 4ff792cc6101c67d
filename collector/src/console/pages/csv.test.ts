import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { ecCubeCsv, ecCubeRows, goods } from "../../csv/ec-cube-fixture.js";
import { consoleClient, signInOwner } from "../../testing/console-client.js";
import { testDrivers } from "../../testing/databases.js";
import { ADMIN_TOKEN, callAs, createTestSite, jsonOf, useTestApp } from "../../testing/test-app.js";

describe.each(testDrivers)("the console's CSV page on %s", (driver) => {
  const ctx = useTestApp(driver);
  const call = callAs(ctx);

  it("scores a Shift_JIS EC-CUBE export, shows its rows and gives the file back with the answers", async () => {
    const site = await createTestSite(ctx);
    const csv = ecCubeCsv(
      ecCubeRows("2001", { 受注日: "2026-11-24 09:00:00", "お名前(姓)": "高橋", TEL: "08011112222" }, [
        goods("PS5", "PS5", "66980.00", "3"),
      ]),
      ecCubeRows("2002", { 受注日: "2026-11-24 09:30:00", "お名前(姓)": "伊藤", TEL: "08011112222" }, [
        goods("PS5", "PS5", "66980.00", "3"),
      ]),
    );
    const browser = await signInOwner(ctx, ADMIN_TOKEN);
    await browser.get(`/console/sites/${site.siteId}/csv`);
    const res = await browser.upload(`/console/sites/${site.siteId}/csv`, {
      name: "受注.csv",
      bytes: new Uint8Array(iconv.encode(csv, "cp932")),
      type: "text/csv",
    });
    expect(res.status).toBe(200);
    expect(res.html).toContain('data-testid="csv-result"');
    expect(res.html).toContain("2行をスコアリングしました");
    expect(res.html).toContain("2002");
    const link = /href="(\/console\/sites\/[^"]+\/csv\/[^"]+)" download/.exec(res.html)?.[1] ?? "";
    const file = await ctx.app.request(link, {
      headers: { cookie: `shinsa_session=${browser.cookies.get("shinsa_session")}` },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("text/csv; charset=Shift_JIS");
    const text = iconv.decode(Buffer.from(await file.arrayBuffer()), "cp932");
    expect(text.split("\n")[0]).toMatch(/スコア,判定,理由,リングID,エラー$/);
    // The same use case as POST /v1/orders/import: the orders are stored and linked.
    const stored = await jsonOf(await call("GET", site.secretKey, "/v1/orders/2002"));
    expect(stored.links.orders).toContain("2001");
    // Another browser, not signed in, cannot fetch the result.
    expect((await consoleClient(ctx).get(link)).status).toBe(303);
  });

  it("explains a file that is not an order export instead of failing", async () => {
    const site = await createTestSite(ctx);
    const browser = await signInOwner(ctx, ADMIN_TOKEN);
    await browser.get(`/console/sites/${site.siteId}/csv`);
    const res = await browser.upload(`/console/sites/${site.siteId}/csv`, {
      name: "x.csv",
      bytes: new TextEncoder().encode("a,b\n1,2\n"),
      type: "text/csv",
    });
    expect(res.status).toBe(400);
    expect(res.html).toContain("orderId");
  });
});
