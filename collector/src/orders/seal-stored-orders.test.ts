import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { orders } from "../db/schema.js";
import { testDrivers } from "../testing/databases.js";
import { callAs, createTestSite, jsonOf, useTestApp } from "../testing/test-app.js";
import { sealStoredOrders } from "./seal-stored-orders.js";

describe.each(testDrivers)("sealing the orders an older version stored in clear, on %s", (driver) => {
  const ctx = useTestApp(driver);

  it("seals each one, leaves the rest alone, and the API reads them as before", async () => {
    const site = await createTestSite(ctx);
    const call = (method: string, path: string, body?: unknown) => callAs(ctx)(method, site.secretKey, path, body);
    const order = (n: number) => ({
      orderId: `OLD-${n}`,
      customer: { id: `C-${n}`, email: `old${n}@example.jp` },
      billing: { name: "古川 太郎", phone: `090-0000-${String(n).padStart(4, "0")}` },
      amount: 1000 + n,
    });
    for (let n = 0; n < 7; n++) expect((await call("POST", "/v1/orders", order(n))).status).toBe(200);
    expect((await call("POST", "/v1/orders", { orderId: "PLAIN", amount: 5 })).status).toBe(200);
    await ctx.deps.background.idle();
    // As an older version stored them: the request in clear.
    for (let n = 0; n < 7; n++) {
      await ctx.database.db
        .update(orders)
        .set({ request: order(n) })
        .where(sql`${orders.orderId} = ${`OLD-${n}`}`);
    }
    const clear = async () => {
      const rows = await ctx.database.db
        .select({ request: orders.request })
        .from(orders)
        .where(sql`${orders.siteId} = ${site.siteId}`);
      return rows.filter((r) => JSON.stringify(r.request).includes("@example.jp")).length;
    };
    expect(await clear()).toBe(7);

    expect(await sealStoredOrders(ctx.deps, 3)).toBe(7);
    expect(await clear()).toBe(0);
    expect(await sealStoredOrders(ctx.deps, 3)).toBe(0);
    expect((await jsonOf(await call("GET", "/v1/orders/OLD-4"))).order).toEqual(order(4));
    expect((await jsonOf(await call("GET", "/v1/orders/PLAIN"))).order).toEqual({ orderId: "PLAIN", amount: 5 });
  });
});
