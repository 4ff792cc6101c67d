import { describe, expect, it } from "vitest";
import { testDrivers } from "../testing/databases.js";
import { ADMIN_TOKEN, callAs, createTestSite, devicePayload, useTestApp } from "../testing/test-app.js";

// PostgreSQL's text cannot hold U+0000, and a lone UTF-16 surrogate is not Unicode at all: either
// one used to reach the database and come back as a 500. Bad input is a 4xx (the contract).
const HOSTILE = [
  ["a NUL", "山田\u0000太郎"],
  ["a lone high surrogate", "山田\ud800太郎"],
  ["a lone low surrogate", "\udc00"],
] as const;

describe.each(testDrivers)("hostile strings on %s", (driver) => {
  const ctx = useTestApp(driver);
  const call = callAs(ctx);

  describe.each(HOSTILE)("%s", (_, bad) => {
    it("is refused with 400 in an order, and the order is not stored", async () => {
      const site = await createTestSite(ctx);
      const res = await call("POST", site.secretKey, "/v1/orders", { orderId: "H-1", billing: { name: bad } });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain("billing.name");
      expect((await call("GET", site.secretKey, "/v1/orders/H-1")).status).toBe(404);
    });

    it("is refused with 400 as an order id", async () => {
      const site = await createTestSite(ctx);
      const res = await call("POST", site.secretKey, "/v1/orders", { orderId: `H${bad}` });
      expect(res.status).toBe(400);
    });

    it("is refused with 400 in feedback", async () => {
      const site = await createTestSite(ctx);
      await call("POST", site.secretKey, "/v1/orders", { orderId: "H-2" });
      const res = await call("POST", site.secretKey, "/v1/orders/H-2/feedback", { label: "fraud", note: bad });
      expect(res.status).toBe(400);
    });

    it("is refused with 400 in settings", async () => {
      const site = await createTestSite(ctx);
      const res = await call("PATCH", site.secretKey, "/v1/settings", { forwarders: [bad] });
      expect(res.status).toBe(400);
    });

    it("is refused with 400 in a new site's name", async () => {
      const res = await ctx.app.request("/v1/admin/sites", {
        method: "POST",
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
        body: JSON.stringify({ name: bad }),
      });
      expect(res.status).toBe(400);
    });

    it("is refused with 400 in a collected signal", async () => {
      const site = await createTestSite(ctx);
      const payload = devicePayload(site.publicKey);
      payload.signals.fonts = [bad];
      const res = await ctx.app.request("/v1/collect", { method: "POST", body: JSON.stringify(payload) });
      expect(res.status).toBe(400);
    });
  });

  it.each([
    ["a token", "/v1/tokens/tok_%00abc"],
    ["an order id", "/v1/orders/A%00B"],
    ["a ring id", "/v1/rings/ring_%00"],
    ["a token with a lone surrogate", "/v1/tokens/tok_%ED%A0%80"],
  ])("answers 400 or 404, never 500, to %s holding NUL in the path", async (_, path) => {
    const site = await createTestSite(ctx);
    const res = await call("GET", site.secretKey, path);
    expect([400, 404]).toContain(res.status);
  });

  it("answers 400 or 404 to a customer id holding NUL", async () => {
    const site = await createTestSite(ctx);
    const res = await call("DELETE", site.secretKey, "/v1/customers/C%00");
    expect([400, 404]).toContain(res.status);
  });
});
