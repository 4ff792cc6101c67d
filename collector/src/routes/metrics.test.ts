import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { orders } from "../db/schema.js";
import { testDrivers } from "../testing/databases.js";
import { ADMIN_TOKEN, callAs, createTestSite, useTestApp } from "../testing/test-app.js";

describe.each(testDrivers)("GET /metrics on %s", (driver) => {
  const ctx = useTestApp(driver);
  const scrape = async (token = ADMIN_TOKEN) => {
    const res = await ctx.app.request("/metrics", { headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, type: res.headers.get("content-type"), text: await res.text() };
  };
  const value = (text: string, series: string) => {
    const line = text.split("\n").find((l) => l.startsWith(`${series} `));
    return line ? Number(line.slice(series.length + 1)) : undefined;
  };

  it("is for the operator only", async () => {
    expect((await scrape("")).status).toBe(401);
    const site = await createTestSite(ctx);
    expect((await scrape(site.secretKey)).status).toBe(401);
  });

  it("counts requests by route pattern, decisions, and reads the review queue per site from the database", async () => {
    const site = await createTestSite(ctx);
    const call = (method: string, path: string, body?: unknown) => callAs(ctx)(method, site.secretKey, path, body);
    const before = await scrape();
    const accepted = value(before.text, 'shinsa_orders_scored_total{decision="accept"}') ?? 0;
    for (const orderId of ["M-1", "M-2", "M-3"])
      expect((await call("POST", "/v1/orders", { orderId })).status).toBe(200);
    expect((await call("GET", "/v1/orders/PRIVATE-ORDER-ID-77")).status).toBe(404);
    // Two orders waiting for a person, one already decided: the queue holds two.
    await ctx.database.db
      .update(orders)
      .set({ decision: "review" })
      .where(sql`${orders.siteId} = ${site.siteId} and ${orders.orderId} in ('M-1', 'M-2', 'M-3')`);
    await ctx.database.db
      .update(orders)
      .set({ label: "legit" })
      .where(sql`${orders.siteId} = ${site.siteId} and ${orders.orderId} = 'M-3'`);

    const { status, type, text } = await scrape();
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(value(text, 'shinsa_orders_scored_total{decision="accept"}')).toBe(accepted + 3);
    expect(
      value(text, 'shinsa_http_requests_total{method="POST",route="/v1/orders",status="200"}'),
    ).toBeGreaterThanOrEqual(3);
    expect(value(text, 'shinsa_http_requests_total{method="GET",route="/v1/orders/:orderId",status="404"}')).toBe(1);
    expect(text).toContain('shinsa_http_request_duration_seconds_bucket{le="0.5",method="POST",route="/v1/orders"}');
    expect(value(text, `shinsa_review_backlog{site_id="${site.siteId}"}`)).toBe(2);
    expect(value(text, "shinsa_database_up")).toBe(1);
    // The scrape's own connection is one of this process's, and active while it asks.
    expect(value(text, 'shinsa_db_pool_connections{state="active"}')).toBeGreaterThanOrEqual(1);
    expect(value(text, "shinsa_db_pool_max")).toBeGreaterThanOrEqual(1);
    expect(value(text, "shinsa_background_jobs_pending")).toBeGreaterThanOrEqual(0);
    // A path's ids may be personal: only patterns are labels.
    expect(text).not.toContain("PRIVATE-ORDER-ID-77");
  });

  it("shows the orders waiting to be scored again, each once, and none once drained", async () => {
    const site = await createTestSite(ctx);
    const call = (body: unknown) => callAs(ctx)("POST", site.secretKey, "/v1/orders", body);
    const order = (orderId: string, customerId: string) => ({
      orderId,
      customer: { id: customerId },
      billing: { name: "松本 花子", phone: "080-3333-0404" },
    });
    // Held: the drain waits behind a job that has not finished, as under heavy intake.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    ctx.deps.background.run("held", () => held, site.siteId);
    for (let i = 0; i < 4; i++) expect((await call(order(`Q-${i}`, `QC-${i}`))).status).toBe(200);
    // Q-1 asks for for for all three: three orders wait, not six jobs.
    expect(value((await scrape()).text, "shinsa_rescores_pending")).toBe(3);
    release();
    await ctx.deps.background.idle(site.siteId);
    const after = (await scrape()).text;
    expect(value(after, "shinsa_rescores_pending")).toBe(0);
  });
});
