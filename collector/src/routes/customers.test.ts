import { describe, expect, it } from "vitest";
import { testDrivers } from "../testing/databases.js";
import { callAs, createTestSite, jsonOf, useTestApp } from "../testing/test-app.js";

describe.each(testDrivers)("DELETE /v1/customers/{customerId} on %s", (driver) => {
  const ctx = useTestApp(driver);
  const call = callAs(ctx);
  const order = (orderId: string, customerId: string) => ({
    orderId,
    customer: { id: customerId, email: "hanako@example.jp" },
    billing: {
      name: "佐藤 花子",
      nameKana: "サトウ ハナコ",
      address: "東京都千代田区霞が関1-3-1",
      phone: "090-2222-3333",
    },
    payment: { method: "card", cardHolder: "HANAKO SATO" },
    amount: 5000,
  });

  it("erases the customer's names, addresses, phones and emails but keeps the order and its links", async () => {
    const site = await createTestSite(ctx);
    await call("POST", site.secretKey, "/v1/orders", order("E-1", "CUST-E"));
    await call("POST", site.secretKey, "/v1/orders", order("E-2", "CUST-E"));
    const res = await call("DELETE", site.secretKey, "/v1/customers/CUST-E");
    expect(res.status).toBe(200);
    expect(await jsonOf(res)).toEqual({ erased: 2 });

    const stored = await jsonOf(await call("GET", site.secretKey, "/v1/orders/E-1"));
    expect(JSON.stringify(stored.order)).not.toMatch(/花子|ハナコ|霞が関|090|hanako|HANAKO/);
    expect(stored.order.amount).toBe(5000);
    expect(stored.erasedAt).not.toBeNull();

    // The hashed identifiers still link a new order of the same person.
    const again = await jsonOf(await call("POST", site.secretKey, "/v1/orders", order("E-3", "CUST-E2")));
    expect(again.links.orders).toEqual(expect.arrayContaining(["E-1", "E-2"]));
    // E-3 joined the erased orders; re-scoring leaves them erased and linked.
    await ctx.deps.background.idle();
    const after = await jsonOf(await call("GET", site.secretKey, "/v1/orders/E-1"));
    expect(JSON.stringify(after.order)).not.toMatch(/花子|ハナコ|霞が関|090|hanako|HANAKO/);
    expect(after.score).toBe(stored.score);
  });

  it("answers 0 for a customer with no orders, and leaves other sites alone", async () => {
    const siteA = await createTestSite(ctx);
    const siteB = await createTestSite(ctx);
    await call("POST", siteB.secretKey, "/v1/orders", order("E-9", "CUST-B"));
    expect(await jsonOf(await call("DELETE", siteA.secretKey, "/v1/customers/CUST-B"))).toEqual({ erased: 0 });
    const kept = await jsonOf(await call("GET", siteB.secretKey, "/v1/orders/E-9"));
    expect(kept.order.billing.name).toBe("佐藤 花子");
  });
});
