import type { OrderRequest } from "@shinsa/shared";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testDrivers } from "../testing/databases.js";
import { callAs, createTestSite, devicePayload, jsonOf, useTestApp } from "../testing/test-app.js";

let seq = 0;
const at = (day: number) => `2026-11-${String(day).padStart(2, "0")}T10:00:00+09:00`;
const orderOf = (day: number, overrides: Partial<OrderRequest> = {}): OrderRequest => ({
  orderId: `L-${++seq}`,
  createdAt: at(day),
  customer: { id: `C-${seq}`, email: `buyer${seq}@example.jp` },
  billing: { name: `利用者 ${seq}`, postalCode: "530-0001", address: `大阪府大阪市北区梅田1-1-${seq}` },
  payment: { method: "card", threeDSecure: "authenticated" },
  amount: 2000,
  ...overrides,
});

describe.each(testDrivers)("the order list on %s", (driver) => {
  const ctx = useTestApp(driver);
  const call = callAs(ctx);
  const score = async (secretKey: string, order: OrderRequest) => {
    const res = await call("POST", secretKey, "/v1/orders", order);
    expect(res.status, await res.clone().text()).toBe(200);
    return jsonOf(res);
  };
  const list = async (secretKey: string, query = "") => {
    const res = await call("GET", secretKey, `/v1/orders${query}`);
    expect(res.status, await res.clone().text()).toBe(200);
    return jsonOf(res);
  };
  const ids = async (secretKey: string, query = "") =>
    (await list(secretKey, query)).orders.map((o: { orderId: string }) => o.orderId);

  it("lists the site's orders newest first, each with its score, reasons, customer and review", async () => {
    const site = await createTestSite(ctx);
    const older = await score(site.secretKey, orderOf(1));
    const newer = await score(site.secretKey, orderOf(2, { customer: { id: "C-x", email: "x@example.jp" } }));
    const page = await list(site.secretKey);
    expect(page.orders.map((o: { orderId: string }) => o.orderId)).toEqual([newer.orderId, older.orderId]);
    expect(page.orders[0]).toEqual({
      orderId: newer.orderId,
      createdAt: "2026-11-02T01:00:00.000Z",
      score: newer.score,
      decision: newer.decision,
      reasons: newer.reasons.map((r: { code: string }) => r.code),
      ringId: null,
      customer: { id: "C-x", email: "x@example.jp" },
      amount: 2000,
      review: null,
    });
    expect(page.nextCursor).toBeNull();
  });

  it("pages with a cursor that stays valid while new orders arrive", async () => {
    const site = await createTestSite(ctx);
    const made = [];
    for (let day = 1; day <= 5; day++) made.push((await score(site.secretKey, orderOf(day))).orderId);
    const first = await list(site.secretKey, "?limit=2");
    expect(first.orders.map((o: { orderId: string }) => o.orderId)).toEqual([made[4], made[3]]);
    await score(site.secretKey, orderOf(9));
    const second = await list(site.secretKey, `?limit=2&cursor=${first.nextCursor}`);
    expect(second.orders.map((o: { orderId: string }) => o.orderId)).toEqual([made[2], made[1]]);
    const third = await list(site.secretKey, `?limit=2&cursor=${second.nextCursor}`);
    expect(third.orders.map((o: { orderId: string }) => o.orderId)).toEqual([made[0]]);
    expect(third.nextCursor).toBeNull();
  });

  it("filters by decision, score, reason and time", async () => {
    const site = await createTestSite(ctx);
    const calm = await score(site.secretKey, orderOf(3));
    const risky = await score(
      site.secretKey,
      orderOf(4, { payment: { method: "deferred" }, customer: { email: "kfjdsk38@mailinator.com" } }),
    );
    expect(risky.score).toBeGreaterThan(calm.score);
    const code = risky.reasons
      .map((r: { code: string }) => r.code)
      .find((c: string) => !calm.reasons.some((r: { code: string }) => r.code === c));
    expect(code).toBeDefined();
    expect(await ids(site.secretKey, `?decision=${calm.decision}`)).toContain(calm.orderId);
    expect(await ids(site.secretKey, `?minScore=${risky.score}`)).toEqual([risky.orderId]);
    expect(await ids(site.secretKey, `?maxScore=${calm.score}`)).toEqual([calm.orderId]);
    expect(await ids(site.secretKey, `?reason=${code}`)).toEqual([risky.orderId]);
    expect(await ids(site.secretKey, `?from=2026-11-04T00:00:00%2B09:00`)).toEqual([risky.orderId]);
    expect(await ids(site.secretKey, `?to=2026-11-03T23:59:59%2B09:00`)).toEqual([calm.orderId]);
  });

  it("tells open reviews from those a person decided, and shows who decided", async () => {
    const site = await createTestSite(ctx);
    const putReview = async (day: number) => {
      const order = await score(site.secretKey, orderOf(day));
      // The scorer decides review for riskier orders than a test can make plainly: set it as stored.
      await ctx.database.db.execute(sql`update orders set decision = 'review' where order_id = ${order.orderId}`);
      return order.orderId;
    };
    const open = await putReview(5);
    const decided = await putReview(6);
    const res = await call("POST", site.secretKey, `/v1/orders/${decided}/feedback`, {
      label: "legit",
      reviewer: "sato@shop.example",
    });
    expect(res.status).toBe(200);
    expect(await ids(site.secretKey, "?status=open")).toEqual([open]);
    const settled = await list(site.secretKey, "?status=decided");
    expect(settled.orders.map((o: { orderId: string }) => o.orderId)).toEqual([decided]);
    expect(settled.orders[0].review).toMatchObject({ label: "legit", reviewer: "sato@shop.example" });
  });

  it("finds an order by its id, customer id, e-mail, phone, name, reading and device", async () => {
    const site = await createTestSite(ctx);
    const collected = await jsonOf(
      await ctx.app.request("/v1/collect", { method: "POST", body: JSON.stringify(devicePayload(site.publicKey)) }),
    );
    const target = await score(
      site.secretKey,
      orderOf(7, {
        token: collected.token,
        customer: { id: "C-find", email: "Hanako.Sato@Example.jp" },
        billing: { name: "佐藤 花子", nameKana: "さとう はなこ", phone: "080-5555-1234" },
      }),
    );
    await score(site.secretKey, orderOf(8));
    const q = (text: string) => ids(site.secretKey, `?q=${encodeURIComponent(text)}`);
    for (const text of [
      target.orderId,
      "C-find",
      "hanako.sato@example.jp",
      "+81 80 5555 1234",
      "佐藤花子",
      "サトウ ハナコ",
      target.device.deviceId,
    ]) {
      expect(await q(text), text).toEqual([target.orderId]);
    }
    expect(await q("nobody@example.jp")).toEqual([]);
  });

  it("finds orders by an address written differently, and by their ring", async () => {
    const site = await createTestSite(ctx);
    const a = await score(
      site.secretKey,
      orderOf(10, { shipping: { name: "佐藤 花子", address: "東京都千代田区霞が関1-3-1 霞ビル101" } }),
    );
    const b = await score(
      site.secretKey,
      orderOf(11, {
        billing: { name: "鈴木 一郎", postalCode: "530-0001", address: "大阪府大阪市北区梅田1-1-1" },
        shipping: { name: "鈴木 一郎", address: "東京都千代田区霞が関１丁目３番１号 霞ビル101号室" },
      }),
    );
    const q = (text: string) => ids(site.secretKey, `?q=${encodeURIComponent(text)}`);
    expect(await q("東京都千代田区霞が関一丁目3-1 霞ビル101")).toEqual([b.orderId, a.orderId]);
    expect(b.links.ringId).toMatch(/^ring_/);
    expect(await q(b.links.ringId)).toEqual([b.orderId, a.orderId]);
  });

  it("shows no personal data of an erased customer, whose orders stay findable by their keys", async () => {
    const site = await createTestSite(ctx);
    const order = await score(site.secretKey, orderOf(13, { customer: { id: "C-gone", email: "gone@example.jp" } }));
    expect((await call("DELETE", site.secretKey, "/v1/customers/C-gone")).status).toBe(200);
    const page = await list(site.secretKey, "?q=C-gone");
    expect(page.orders.map((o: { orderId: string }) => o.orderId)).toEqual([order.orderId]);
    expect(page.orders[0].customer).toEqual({ id: null, email: null });
  });

  it("never lists or finds another site's orders", async () => {
    const mine = await createTestSite(ctx);
    const theirs = await createTestSite(ctx);
    const secret = await score(
      theirs.secretKey,
      orderOf(12, { customer: { id: "C-other", email: "other@example.jp" } }),
    );
    expect(await ids(mine.secretKey)).toEqual([]);
    for (const text of [secret.orderId, "C-other", "other@example.jp"]) {
      expect(await ids(mine.secretKey, `?q=${encodeURIComponent(text)}`)).toEqual([]);
    }
    const cursor = Buffer.from(JSON.stringify([Date.now(), secret.orderId])).toString("base64url");
    expect(await ids(mine.secretKey, `?cursor=${cursor}`)).toEqual([]);
  });

  it.each([
    ["limit above 200", "?limit=201", "invalid_query"],
    ["limit 0", "?limit=0", "invalid_query"],
    ["a limit that is not a number", "?limit=ten", "invalid_query"],
    ["an unknown decision", "?decision=maybe", "invalid_query"],
    ["an unknown status", "?status=pending", "invalid_query"],
    ["a score above 100", "?minScore=101", "invalid_query"],
    ["minScore above maxScore", "?minScore=80&maxScore=20", "invalid_query"],
    ["a reason that is no code", "?reason=Not%20A%20Code", "invalid_query"],
    ["a time that is not one", "?from=yesterday", "invalid_query"],
    ["from after to", "?from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z", "invalid_query"],
    ["an empty search", "?q=%20", "invalid_query"],
    ["an unknown parameter", "?sort=score", "invalid_query"],
    ["a parameter given twice", "?decision=accept&decision=reject", "invalid_query"],
    ["a cursor it did not make", "?cursor=bm90LWEtY3Vyc29y", "invalid_cursor"],
  ])("refuses %s with a 400", async (_, query, code) => {
    const site = await createTestSite(ctx);
    const res = await call("GET", site.secretKey, `/v1/orders${query}`);
    expect(res.status).toBe(400);
    expect((await jsonOf(res)).error.code).toBe(code);
  });

  it("answers 401 without a secret key", async () => {
    expect((await ctx.app.request("/v1/orders")).status).toBe(401);
  });
});
