import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rowsOf } from "../db/client.js";
import { deviceTokens, orderIdentifiers } from "../db/schema.js";
import { keyed } from "../lib/identifier.js";
import { testDrivers } from "../testing/databases.js";
import { CHROME_UA, callAs, createTestSite, devicePayload, jsonOf, useTestApp } from "../testing/test-app.js";

// truncateIp, end to end: addresses stored before the setting are cut by the pass it sets off,
// those stored after are cut on the way in, and IP links keep working on the network.

describe.each(testDrivers)("IP addresses kept cut to their network, on %s", (driver) => {
  // One proxy in front, so the test chooses each visitor's address in X-Forwarded-For.
  const ctx = useTestApp(driver, { SHINSA_TRUST_PROXY: "1" });
  const collect = async (publicKey: string, ip: string) => {
    const res = await ctx.app.request("/v1/collect", {
      method: "POST",
      headers: { "content-type": "text/plain", "user-agent": CHROME_UA, "x-forwarded-for": ip },
      body: JSON.stringify(devicePayload(publicKey)),
    });
    return (await jsonOf(res)).token as string;
  };
  const ipKeys = async (siteId: string, orderId: string) =>
    (
      await ctx.database.db
        .select({ value: orderIdentifiers.value })
        .from(orderIdentifiers)
        .where(
          and(
            eq(orderIdentifiers.siteId, siteId),
            eq(orderIdentifiers.orderId, orderId),
            eq(orderIdentifiers.kind, "ip"),
          ),
        )
    ).map((r) => r.value);

  it("cuts what was stored before, and what comes after, and still links orders of one network", async () => {
    const site = await createTestSite(ctx);
    const call = (method: string, path: string, body?: unknown) => callAs(ctx)(method, site.secretKey, path, body);
    const secret = ctx.deps.secret;
    const earlyToken = await collect(site.publicKey, "203.0.113.77");
    expect((await jsonOf(await call("GET", `/v1/tokens/${earlyToken}`))).ip).toBe("203.0.113.77");
    await call("POST", "/v1/orders", { orderId: "IP-1", ip: "203.0.113.77", billing: { name: "山田 太郎" } });
    // No IP of its own: its identifier came from its token's address.
    await call("POST", "/v1/orders", { orderId: "IP-2", token: earlyToken, billing: { name: "佐藤 花子" } });
    expect(await ipKeys(site.siteId, "IP-1")).toEqual([keyed(secret, "ip", "203.0.113.77")]);
    expect(await ipKeys(site.siteId, "IP-2")).toEqual([keyed(secret, "ip", "203.0.113.77")]);

    const patched = await call("PATCH", "/v1/settings", { truncateIp: true });
    expect((await jsonOf(patched)).truncateIp).toBe(true);
    await ctx.deps.background.idle(site.siteId);

    const network = keyed(secret, "ip", "203.0.113.0");
    expect(await ipKeys(site.siteId, "IP-1")).toEqual([network]);
    expect(await ipKeys(site.siteId, "IP-2")).toEqual([network]);
    expect((await jsonOf(await call("GET", "/v1/orders/IP-1"))).order.ip).toBe("203.0.113.0");
    expect((await jsonOf(await call("GET", `/v1/tokens/${earlyToken}`))).ip).toBe("203.0.113.0");

    // After: another host of the same network is stored cut and shares the network's identifier.
    const lateToken = await collect(site.publicKey, "203.0.113.200");
    expect((await jsonOf(await call("GET", `/v1/tokens/${lateToken}`))).ip).toBe("203.0.113.0");
    const late = await call("POST", "/v1/orders", {
      orderId: "IP-3",
      ip: "203.0.113.200",
      billing: { name: "鈴木 一郎" },
    });
    expect(late.status).toBe(200);
    expect(await ipKeys(site.siteId, "IP-3")).toEqual([network]);
    const stored = await jsonOf(await call("GET", "/v1/orders/IP-3"));
    expect(stored.order.ip).toBe("203.0.113.0");
    expect(stored.order).not.toHaveProperty("$ipTruncated");

    // No full address anywhere in the site's tokens, and a second pass has nothing left to do.
    const ips = await ctx.database.db
      .select({ ip: deviceTokens.ip })
      .from(deviceTokens)
      .where(eq(deviceTokens.siteId, site.siteId));
    expect(ips.map((r) => r.ip)).toEqual(["203.0.113.0", "203.0.113.0"]);
    const { truncateStoredIps } = await import("./ip-truncation.js");
    expect(await truncateStoredIps(ctx.deps)).toEqual({ orders: 0, tokens: 0 });
    const dump = rowsOf(await ctx.database.db.execute(sql`select * from device_tokens where site_id = ${site.siteId}`));
    expect(JSON.stringify(dump)).not.toMatch(/203\.0\.113\.(77|200)/);
  });

  it("re-scores an order stored cut (the mark is the store's, not part of the order)", async () => {
    const site = await createTestSite(ctx);
    const call = (method: string, path: string, body?: unknown) => callAs(ctx)(method, site.secretKey, path, body);
    await call("PATCH", "/v1/settings", { truncateIp: true });
    const order = (orderId: string, createdAt: string) => ({
      orderId,
      createdAt,
      ip: "198.51.100.23",
      billing: {
        name: "田中 次郎",
        phone: "080-4444-1212",
        postalCode: "100-0013",
        address: "東京都千代田区霞が関1-3-1",
      },
      items: [{ category: "game_console", quantity: 2 }],
    });
    await call("POST", "/v1/orders", order("IPR-1", "2026-11-24T10:00:00+09:00"));
    const second = await jsonOf(await call("POST", "/v1/orders", order("IPR-2", "2026-11-24T10:30:00+09:00")));
    expect(second.links.orders).toContain("IPR-1");
    await ctx.deps.background.idle(site.siteId);
    const first = await jsonOf(await call("GET", "/v1/orders/IPR-1"));
    expect(first.rescored?.by).toBe("IPR-2");
    expect(ctx.logLines.filter((l) => l.includes("background job failed"))).toEqual([]);
  });
});
