import type { OrderRequest } from "@shinsa/shared";
import { describe, expect, it } from "vitest";
import { testDrivers } from "../testing/databases.js";
import { createTestSite, devicePayload, jsonOf, useTestApp } from "../testing/test-app.js";

let seq = 0;
const orderOf = (overrides: Partial<OrderRequest> = {}): OrderRequest => ({
  orderId: `A-${++seq}`,
  createdAt: "2026-11-24T10:00:00+09:00",
  customer: { id: `C-${seq}`, email: `buyer${seq}@example.jp`, createdAt: "2025-01-02T00:00:00+09:00" },
  billing: {
    name: "山田 太郎",
    nameKana: "ヤマダ タロウ",
    postalCode: "100-0013",
    address: "東京都千代田区霞が関1-3-1",
    phone: "090-1234-5678",
  },
  payment: {
    method: "card",
    cardBin: "411111",
    cardLast4: "1111",
    cardHolder: "TARO YAMADA",
    threeDSecure: "authenticated",
  },
  items: [{ sku: "BOOK-1", name: "本", category: "books", quantity: 1, unitPrice: 2000 }],
  amount: 2000,
  currency: "JPY",
  ...overrides,
});

describe.each(testDrivers)("orders on %s", (driver) => {
  const ctx = useTestApp(driver);
  const call = (
    method: string,
    path: string,
    secretKey: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    ctx.app.request(path, {
      method,
      headers: { authorization: `Bearer ${secretKey}`, "content-type": "application/json", ...headers },
      ...(body !== undefined && { body: typeof body === "string" ? body : JSON.stringify(body) }),
    });
  const score = async (secretKey: string, order: OrderRequest, headers: Record<string, string> = {}) => {
    const res = await call("POST", "/v1/orders", secretKey, order, headers);
    expect(res.status, await res.clone().text()).toBe(200);
    return jsonOf(res);
  };

  it("accepts an ordinary order with 3-D Secure and links it to nothing", async () => {
    const site = await createTestSite(ctx);
    const answer = await score(site.secretKey, orderOf());
    expect(answer.decision).toBe("accept");
    expect(answer.score).toBeLessThan(20);
    expect(answer.links.ringId).toBeUndefined();
    expect(answer.reasons.map((r: { code: string }) => r.code)).toContain("three_d_secure_authenticated");
  });

  it("links two accounts with different names that ship to 1-2-3 and 1丁目2番3号 of one building", async () => {
    const site = await createTestSite(ctx);
    const a = await score(
      site.secretKey,
      orderOf({ shipping: { name: "佐藤 花子", address: "東京都千代田区霞が関1-3-1 霞ビル101" } }),
    );
    const b = await score(
      site.secretKey,
      orderOf({
        billing: {
          name: "鈴木 一郎",
          nameKana: "スズキ イチロウ",
          address: "大阪府大阪市北区梅田1-1-1",
          postalCode: "530-0001",
        },
        shipping: { name: "鈴木 一郎", address: "東京都千代田区霞が関１丁目３番１号 霞ビル101号室" },
        payment: { method: "card", cardBin: "522222", cardLast4: "2222", cardHolder: "ICHIRO SUZUKI" },
      }),
    );
    expect(b.links.ringId).toMatch(/^ring_/);
    expect(b.links.orders).toContain(a.orderId);
    expect(b.links.via).toContain("shippingAddress");
    const first = await jsonOf(await call("GET", `/v1/orders/${a.orderId}`, site.secretKey));
    expect(first.links.ringId).toBe(b.links.ringId);
  });

  it("does not put a family (one surname, one address, their own cards) into a ring", async () => {
    const site = await createTestSite(ctx);
    await score(site.secretKey, orderOf());
    const wife = await score(
      site.secretKey,
      orderOf({
        billing: {
          name: "山田 花子",
          nameKana: "ヤマダ ハナコ",
          postalCode: "100-0013",
          address: "東京都千代田区霞が関1-3-1",
        },
        payment: {
          method: "card",
          cardBin: "533333",
          cardLast4: "3333",
          cardHolder: "HANAKO YAMADA",
          threeDSecure: "authenticated",
        },
      }),
    );
    expect(wife.links.ringId).toBeUndefined();
    expect(wife.decision).toBe("accept");
  });

  it("raises every later order linked to an order labelled fraud", async () => {
    const site = await createTestSite(ctx);
    const bad = await score(site.secretKey, orderOf({ billing: { name: "田中 次郎", phone: "080-9999-0000" } }));
    const before = await score(site.secretKey, orderOf({ billing: { name: "田中 次郎", phone: "080-9999-0000" } }));
    const res = await call("POST", `/v1/orders/${bad.orderId}/feedback`, site.secretKey, {
      label: "fraud",
      note: "chargeback",
    });
    expect(res.status).toBe(200);
    const after = await score(site.secretKey, orderOf({ billing: { name: "田中 次郎", phone: "080-9999-0000" } }));
    expect(after.score).toBeGreaterThan(before.score + 30);
    expect(after.decision).not.toBe("accept");
    expect(after.reasons[0].message).toContain(bad.orderId);
  });

  it("scores an earlier order again when a later one joins it within a day, and leaves older ones be", async () => {
    const site = await createTestSite(ctx);
    const ringOrder = (createdAt: string, name: string, kana: string) =>
      orderOf({
        createdAt,
        billing: {
          name,
          nameKana: kana,
          postalCode: "100-0013",
          address: "東京都千代田区霞が関1-3-1",
          phone: "080-7777-1234",
        },
        items: [{ sku: "CARD-BOX", name: "拡張パック", category: "trading_cards", quantity: 4, unitPrice: 6000 }],
        amount: 24000,
      });
    const old = await score(site.secretKey, ringOrder("2026-11-20T10:00:00+09:00", "佐藤 一郎", "サトウ イチロウ"));
    const first = await score(site.secretKey, ringOrder("2026-11-24T10:00:00+09:00", "鈴木 花子", "スズキ ハナコ"));
    const second = await score(site.secretKey, ringOrder("2026-11-24T10:20:00+09:00", "高橋 健", "タカハシ ケン"));
    expect(second.links.orders).toEqual(expect.arrayContaining([first.orderId, old.orderId]));
    await ctx.deps.background.idle();

    const firstNow = await jsonOf(await call("GET", `/v1/orders/${first.orderId}`, site.secretKey));
    expect(firstNow.links.orders).toContain(second.orderId);
    expect(firstNow.score).toBeGreaterThan(first.score);
    // A reviewer sees why: which order set it off, and the answer the shop got first.
    expect(firstNow.rescored).toMatchObject({
      by: second.orderId,
      scoreBefore: first.score,
      decisionBefore: first.decision,
    });
    // Four days before: shipped long ago, so its answer stands.
    const oldNow = await jsonOf(await call("GET", `/v1/orders/${old.orderId}`, site.secretKey));
    expect(oldNow.score).toBe(old.score);
    expect(oldNow.rescored).toBeNull();
    expect(oldNow.links.orders).not.toContain(second.orderId);
  });

  it("answers reasons in English with Accept-Language: en", async () => {
    const site = await createTestSite(ctx);
    const answer = await score(site.secretKey, orderOf(), { "accept-language": "en-US,en;q=0.9" });
    expect(answer.reasons[0].message).toMatch(/^[\x20-\x7E]+$/);
  });

  it("re-scores and updates an order posted again under the same orderId", async () => {
    const site = await createTestSite(ctx);
    const order = orderOf();
    await score(site.secretKey, order);
    const again = await score(site.secretKey, { ...order, payment: { method: "card", threeDSecure: "failed" } });
    expect(again.reasons.map((r: { code: string }) => r.code)).toContain("three_d_secure_failed");
    const stored = await jsonOf(await call("GET", `/v1/orders/${order.orderId}`, site.secretKey));
    expect(stored.score).toBe(again.score);
  });

  it("joins the device of a token and flags reuse of that token by another order", async () => {
    const site = await createTestSite(ctx);
    const collected = await jsonOf(
      await ctx.app.request("/v1/collect", { method: "POST", body: JSON.stringify(devicePayload(site.publicKey)) }),
    );
    const first = await score(site.secretKey, orderOf({ token: collected.token }));
    expect(first.device.deviceId).toMatch(/^dev_/);
    const second = await score(site.secretKey, orderOf({ token: collected.token }));
    expect(second.reasons.map((r: { code: string }) => r.code)).toContain("token_reused");
    const device = await jsonOf(await call("GET", `/v1/tokens/${collected.token}`, site.secretKey));
    expect(device.history).toMatchObject({ orders: 2, accounts: 2 });
  });

  it("keeps each site's orders to itself", async () => {
    const siteA = await createTestSite(ctx);
    const siteB = await createTestSite(ctx);
    const order = await score(siteB.secretKey, orderOf());
    expect((await call("GET", `/v1/orders/${order.orderId}`, siteA.secretKey)).status).toBe(404);
    expect(
      (await call("POST", `/v1/orders/${order.orderId}/feedback`, siteA.secretKey, { label: "fraud" })).status,
    ).toBe(404);
  });

  it.each([
    ["an order without orderId", { amount: 100 }],
    ["a card BIN with letters", { orderId: "X-1", payment: { cardBin: "41111A" } }],
    ["an unknown payment method", { orderId: "X-2", payment: { method: "bitcoin" } }],
    ["a negative amount", { orderId: "X-3", amount: -5 }],
  ])("refuses %s with 400", async (_, body) => {
    const site = await createTestSite(ctx);
    const res = await call("POST", "/v1/orders", site.secretKey, body);
    expect(res.status).toBe(400);
    expect(await jsonOf(res)).toMatchObject({ error: { code: "invalid_body" } });
  });

  it("refuses an unknown label with 400", async () => {
    const site = await createTestSite(ctx);
    const order = await score(site.secretKey, orderOf());
    const res = await call("POST", `/v1/orders/${order.orderId}/feedback`, site.secretKey, { label: "maybe" });
    expect(res.status).toBe(400);
  });

  it("needs the secret key", async () => {
    const res = await ctx.app.request("/v1/orders", { method: "POST", body: JSON.stringify(orderOf()) });
    expect(res.status).toBe(401);
  });
});
