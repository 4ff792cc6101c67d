import { describe, expect, it } from "vitest";
import { testDrivers } from "../testing/databases.js";
import { createTestSite, jsonOf, useTestApp } from "../testing/test-app.js";

describe.each(testDrivers)("GET /v1/rings/{ringId} on %s", (driver) => {
  const ctx = useTestApp(driver);
  const post = (secretKey: string, path: string, body: unknown) =>
    ctx.app.request(path, {
      method: "POST",
      headers: { authorization: `Bearer ${secretKey}` },
      body: JSON.stringify(body),
    });
  const get = (secretKey: string, path: string) =>
    ctx.app.request(path, { headers: { authorization: `Bearer ${secretKey}` } });

  // Three accounts under three names on one phone: one ring.
  async function makeRing(secretKey: string) {
    const names = ["佐藤 一郎", "鈴木 二郎", "高橋 三郎"];
    let last: { links: { ringId?: string } } | undefined;
    for (const [i, name] of names.entries()) {
      last = await jsonOf(
        await post(secretKey, "/v1/orders", {
          orderId: `R-${i}-${secretKey.slice(-6)}`,
          customer: { id: `RC-${i}` },
          billing: { name, phone: "080-5555-0101" },
          items: [{ category: "game_console", quantity: 2 }],
        }),
      );
    }
    return last?.links.ringId as string;
  }

  it("answers the ring's orders, its accounts and the identifiers that join them", async () => {
    const site = await createTestSite(ctx);
    const ringId = await makeRing(site.secretKey);
    expect(ringId).toMatch(/^ring_/);
    const res = await get(site.secretKey, `/v1/rings/${ringId}`);
    expect(res.status).toBe(200);
    const ring = await jsonOf(res);
    expect(ring.orders).toHaveLength(3);
    expect(ring.accounts).toBe(3);
    expect(ring.identifiers).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "phone", orders: 3 })]));
    // All three bought game consoles, as every buyer of one on the site does: that joins no one.
    expect(ring.identifiers.map((i: { kind: string }) => i.kind)).not.toContain("siteCategory");
  });

  it("answers 404 for another site's ring", async () => {
    const siteA = await createTestSite(ctx);
    const siteB = await createTestSite(ctx);
    const ringId = await makeRing(siteB.secretKey);
    expect((await get(siteA.secretKey, `/v1/rings/${ringId}`)).status).toBe(404);
  });

  it("takes an order confirmed legit out of its ring", async () => {
    const site = await createTestSite(ctx);
    const ringId = await makeRing(site.secretKey);
    const ring = await jsonOf(await get(site.secretKey, `/v1/rings/${ringId}`));
    const legit = ring.orders[0].orderId;
    expect((await post(site.secretKey, `/v1/orders/${legit}/feedback`, { label: "legit" })).status).toBe(200);
    const after = await jsonOf(await get(site.secretKey, `/v1/rings/${ringId}`));
    expect(after.orders.map((o: { orderId: string }) => o.orderId)).not.toContain(legit);
    const order = await jsonOf(await get(site.secretKey, `/v1/orders/${legit}`));
    expect(order.label).toBe("legit");
    expect(order.links.ringId).toBeUndefined();
  });
});
