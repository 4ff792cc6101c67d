import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { ecCubeCsv, ecCubeRows, goods } from "../../csv/ec-cube-fixture.js";
import { type ConsoleClient, consoleClient, signInOwner } from "../../testing/console-client.js";
import { testDrivers } from "../../testing/databases.js";
import { ADMIN_TOKEN, callAs, createTestSite, jsonOf, useTestApp } from "../../testing/test-app.js";

/** Follows the job page's reloads until the file is scored (or refused), as the browser does. */
async function scored(browser: ConsoleClient, path: string) {
  for (let i = 0; i < 100; i++) {
    const page = await browser.get(path);
    if (!page.headers.get("refresh")) return page;
    expect(page.html).toContain('data-testid="csv-progress"');
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("the import did not finish");
}

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
    const uploaded = await browser.upload(`/console/sites/${site.siteId}/csv`, {
      name: "受注.csv",
      bytes: new Uint8Array(iconv.encode(csv, "cp932")),
      type: "text/csv",
    });
    expect(uploaded.status).toBe(303);
    const res = await scored(browser, uploaded.location ?? "");
    expect(res.status).toBe(200);
    expect(res.html).toContain('data-testid="csv-result"');
    expect(res.html).toContain("2行をスコアリングしました");
    expect(res.html).toContain("2002");
    const link = /href="(\/console\/sites\/[^"]+\/csv\/jobs\/[^"]+\/file)" download/.exec(res.html)?.[1] ?? "";
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
    const uploaded = await browser.upload(`/console/sites/${site.siteId}/csv`, {
      name: "x.csv",
      bytes: new TextEncoder().encode("a,b\n1,2\n"),
      type: "text/csv",
    });
    const res = await scored(browser, uploaded.location ?? "");
    expect(res.status).toBe(400);
    expect(res.html).toContain("orderId");
  });

  it("shows a large file's progress while it is scored, then its rows", async () => {
    const site = await createTestSite(ctx);
    const rows = Array.from({ length: 120 }, (_, i) => `P-${i},山田 太郎${i},0801111${String(i).padStart(4, "0")}`);
    const browser = await signInOwner(ctx, ADMIN_TOKEN);
    await browser.get(`/console/sites/${site.siteId}/csv`);
    const uploaded = await browser.upload(`/console/sites/${site.siteId}/csv`, {
      name: "big.csv",
      bytes: new TextEncoder().encode(`orderId,billing.name,billing.phone\n${rows.join("\n")}\n`),
      type: "text/csv",
    });
    const first = await browser.get(uploaded.location ?? "");
    expect(first.headers.get("refresh")).toBe("1");
    expect(first.html).toMatch(/<progress/);
    const done = await scored(browser, uploaded.location ?? "");
    expect(done.html).toContain("120行をスコアリングしました");
  });
});
