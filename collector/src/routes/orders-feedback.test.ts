import { describe, expect, it } from "vitest";
import { testDrivers } from "../testing/databases.js";
import { callAs, createTestSite, jsonOf, useTestApp } from "../testing/test-app.js";

// Decisions by a person (POST /v1/orders/{id}/feedback): each is kept, with who made it.

describe.each(testDrivers)("decisions by a person on %s", (driver) => {
  const ctx = useTestApp(driver);
  const call = callAs(ctx);
  const placeOrder = async (secretKey: string, orderId: string) => {
    const res = await call("POST", secretKey, "/v1/orders", { orderId, billing: { name: "高橋 健" } });
    expect(res.status).toBe(200);
  };

  it("keeps every decision, newest first, and shows the latest on the order", async () => {
    const site = await createTestSite(ctx);
    await placeOrder(site.secretKey, "R-1");
    ctx.setNow(new Date("2026-11-25T01:00:00Z"));
    const first = await call("POST", site.secretKey, "/v1/orders/R-1/feedback", {
      label: "fraud",
      note: "住所が転送業者",
      reviewer: "sato@shop.example",
    });
    expect(first.status).toBe(200);
    ctx.setNow(new Date("2026-11-25T02:00:00Z"));
    await call("POST", site.secretKey, "/v1/orders/R-1/feedback", { label: "legit", reviewer: "鈴木" });
    ctx.setNow(new Date("2026-11-25T03:00:00Z"));
    await call("POST", site.secretKey, "/v1/orders/R-1/feedback", { label: "legit" });
    const order = await jsonOf(await call("GET", site.secretKey, "/v1/orders/R-1"));
    expect(order.reviews).toEqual([
      { label: "legit", note: null, reviewer: null, at: "2026-11-25T03:00:00.000Z" },
      { label: "legit", note: null, reviewer: "鈴木", at: "2026-11-25T02:00:00.000Z" },
      { label: "fraud", note: "住所が転送業者", reviewer: "sato@shop.example", at: "2026-11-25T01:00:00.000Z" },
    ]);
    expect(order.review).toEqual({ label: "legit", reviewer: null, at: "2026-11-25T03:00:00.000Z" });
    expect(order.label).toBe("legit");
  });

  it("shows no review on an order nobody decided", async () => {
    const site = await createTestSite(ctx);
    await placeOrder(site.secretKey, "R-2");
    const order = await jsonOf(await call("GET", site.secretKey, "/v1/orders/R-2"));
    expect(order.review).toBeNull();
    expect(order.reviews).toEqual([]);
  });

  it("refuses an empty or overlong reviewer and keeps nothing of it", async () => {
    const site = await createTestSite(ctx);
    await placeOrder(site.secretKey, "R-3");
    for (const reviewer of ["  ", "x".repeat(201), 42]) {
      const res = await call("POST", site.secretKey, "/v1/orders/R-3/feedback", { label: "fraud", reviewer });
      expect(res.status).toBe(400);
      expect((await jsonOf(res)).error.code).toBe("invalid_body");
    }
    expect((await jsonOf(await call("GET", site.secretKey, "/v1/orders/R-3"))).reviews).toEqual([]);
  });

  it("neither records nor shows decisions across sites", async () => {
    const mine = await createTestSite(ctx);
    const theirs = await createTestSite(ctx);
    await placeOrder(theirs.secretKey, "R-4");
    const res = await call("POST", mine.secretKey, "/v1/orders/R-4/feedback", { label: "fraud", reviewer: "me" });
    expect(res.status).toBe(404);
    expect((await call("GET", mine.secretKey, "/v1/orders/R-4")).status).toBe(404);
    expect((await jsonOf(await call("GET", theirs.secretKey, "/v1/orders/R-4"))).reviews).toEqual([]);
  });
});
