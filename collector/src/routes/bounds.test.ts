import { describe, expect, it } from "vitest";
import { testDrivers } from "../testing/databases.js";
import { callAs, createTestSite, jsonOf, useTestApp } from "../testing/test-app.js";

// Every input is bounded before it reaches a query: what the database cannot hold is a 400 that
// names the field, never a 500 from the database.
describe.each(testDrivers)("bounded input on %s", (driver) => {
  const ctx = useTestApp(driver);
  const call = callAs(ctx);

  it.each([
    ["an amount past the database's integer", { amount: 3_000_000_000 }, "amount"],
    ["a unit price past the database's integer", { items: [{ unitPrice: 3_000_000_000 }] }, "items.0.unitPrice"],
    ["an amount that is not finite-looking", { amount: 1e300 }, "amount"],
    ["a time in year 0, which PostgreSQL cannot hold", { createdAt: "0000-12-31T23:59:59.999Z" }, "createdAt"],
  ])("refuses %s with 400 and stores nothing", async (_, fields, path) => {
    const site = await createTestSite(ctx);
    const res = await call("POST", site.secretKey, "/v1/orders", { orderId: "B-1", ...fields });
    expect(res.status).toBe(400);
    expect((await jsonOf(res)).error.message).toContain(path);
    expect((await call("GET", site.secretKey, "/v1/orders/B-1")).status).toBe(404);
  });

  it("refuses JSON nested past 16 levels with 400", async () => {
    const site = await createTestSite(ctx);
    const body = `{"orderId": "B-2", "items": ${"[".repeat(5000)}${"]".repeat(5000)}}`;
    const res = await ctx.app.request("/v1/orders", {
      method: "POST",
      headers: { authorization: `Bearer ${site.secretKey}` },
      body,
    });
    expect(res.status).toBe(400);
    expect((await jsonOf(res)).error.message).toContain("nests deeper than 16 levels");
  });
});
