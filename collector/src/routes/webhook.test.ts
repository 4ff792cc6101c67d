import { createHmac, timingSafeEqual } from "node:crypto";
import type { OrderRequest } from "@shinsa/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDrivers } from "../testing/databases.js";
import { callAs, createTestSite, jsonOf, useTestApp } from "../testing/test-app.js";
import { startWebhookReceiver } from "../testing/webhook-receiver.js";
import { deliverDueEvents } from "../webhooks/deliver-due-events.js";

let seq = 0;
const orderOf = (overrides: Partial<OrderRequest> = {}): OrderRequest => ({
  orderId: `W-${++seq}`,
  createdAt: "2026-11-24T10:00:00+09:00",
  customer: { id: `C-${seq}`, email: `hook-buyer${seq}@example.jp`, createdAt: "2025-01-02T00:00:00+09:00" },
  billing: {
    name: "山田 太郎",
    nameKana: "ヤマダ タロウ",
    postalCode: "100-0013",
    address: "東京都千代田区霞が関1-3-1",
    phone: `090-5555-${String(1000 + seq)}`,
  },
  items: [{ sku: "BOOK-1", name: "本", category: "books", quantity: 1, unitPrice: 2000 }],
  amount: 2000,
  ...overrides,
});

/** The receiver's side, written from the contract (docs/webhooks.md), not from the sender's code. */
function verify(secret: string, header: string | undefined, body: string): boolean {
  const parts = (header ?? "").split(",").map((p) => p.split("=") as [string, string]);
  const t = parts.find(([k]) => k === "t")?.[1];
  const expected = createHmac("sha256", secret).update(`${t}.${body}`).digest();
  return parts.some(([k, v]) => k === "v1" && timingSafeEqual(Buffer.from(v, "hex"), expected));
}

describe.each(testDrivers)("decision webhooks on %s", (driver) => {
  const ctx = useTestApp(driver, { SHINSA_WEBHOOK_ALLOW_PRIVATE: "1" });
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  beforeAll(async () => {
    receiver = await startWebhookReceiver();
  });
  afterAll(() => receiver.close());
  const call = (method: string, key: string, path: string, body?: unknown) => callAs(ctx)(method, key, path, body);
  const deliver = () => deliverDueEvents({ ...ctx.deps, jitter: () => 0.5 });
  const setUp = async (events?: string[]) => {
    const site = await createTestSite(ctx);
    const res = await call("PUT", site.secretKey, "/v1/webhook", { url: receiver.url, ...(events && { events }) });
    expect(res.status).toBe(201);
    const endpoint = await jsonOf(res);
    return { ...site, signingSecret: endpoint.signingSecret as string };
  };
  const deliveredTo = (siteId: string) =>
    receiver.received.map((r) => ({ ...r, event: JSON.parse(r.body) })).filter((r) => r.event.siteId === siteId);

  it("sends every new order's answer, signed, without the buyer's personal data", async () => {
    const site = await setUp();
    expect(site.signingSecret).toMatch(/^whsec_/);
    const order = orderOf();
    const answer = await jsonOf(await call("POST", site.secretKey, "/v1/orders", order));
    expect(await deliver()).toBeGreaterThanOrEqual(1);

    const [got, ...more] = deliveredTo(site.siteId);
    expect(more).toEqual([]);
    expect(got?.event).toMatchObject({
      type: "order.scored",
      siteId: site.siteId,
      data: { orderId: order.orderId, score: answer.score, decision: answer.decision, ringId: null },
    });
    expect(got?.event.id).toMatch(/^evt_[0-9a-f]{32}$/);
    expect(got?.headers["shinsa-event-id"]).toBe(got?.event.id);
    expect(got?.headers["shinsa-event-type"]).toBe("order.scored");
    expect(verify(site.signingSecret, got?.headers["shinsa-signature"] as string, got?.body ?? "")).toBe(true);
    expect(verify("whsec_wrong", got?.headers["shinsa-signature"] as string, got?.body ?? "")).toBe(false);
    for (const value of [order.customer?.email, order.billing?.phone, "山田", "霞が関"])
      expect(got?.body).not.toContain(value);

    // The same order posted again with the same answer is not news.
    await call("POST", site.secretKey, "/v1/orders", order);
    await deliver();
    expect(deliveredTo(site.siteId)).toHaveLength(1);
  });

  it("tries a failing receiver again later, and the merchant sees each attempt", async () => {
    const site = await setUp();
    const start = new Date();
    ctx.setNow(start);
    receiver.answers.push(500, 503);
    const { orderId } = orderOf();
    await call("POST", site.secretKey, "/v1/orders", orderOf({ orderId }));
    await deliver();
    let [event] = (await jsonOf(await call("GET", site.secretKey, "/v1/webhook/events"))).events;
    expect(event).toMatchObject({ type: "order.scored", orderId, status: "pending", attempts: 1, lastStatus: 500 });
    expect(event.lastError).toContain("500");
    expect(Date.parse(event.nextAttemptAt) - start.getTime()).toBe(30_000);

    // Not due yet: nothing is sent.
    ctx.setNow(new Date(start.getTime() + 10_000));
    await deliver();
    expect(deliveredTo(site.siteId)).toHaveLength(1);
    ctx.setNow(new Date(start.getTime() + 31_000));
    await deliver();
    ctx.setNow(new Date(start.getTime() + 31_000 + 121_000));
    await deliver();
    [event] = (await jsonOf(await call("GET", site.secretKey, "/v1/webhook/events"))).events;
    expect(event).toMatchObject({ status: "delivered", attempts: 3, lastStatus: 200, nextAttemptAt: null });
    // Each attempt carried the same event id: the receiver acts on it once.
    expect(new Set(deliveredTo(site.siteId).map((r) => r.event.id)).size).toBe(1);
    expect(deliveredTo(site.siteId)).toHaveLength(3);
    ctx.setNow(new Date());
  });

  it("gives an event up after the last attempt, and sends it again on request", async () => {
    const site = await setUp();
    const start = new Date();
    ctx.setNow(start);
    await call("POST", site.secretKey, "/v1/orders", orderOf());
    let at = start.getTime();
    receiver.answers.push(...Array(11).fill(410));
    for (let attempt = 0; attempt < 11; attempt++) {
      await deliver();
      at += 13 * 3_600_000;
      ctx.setNow(new Date(at));
    }
    const events = (await jsonOf(await call("GET", site.secretKey, "/v1/webhook/events?status=failed"))).events;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ status: "failed", attempts: 11, lastStatus: 410, nextAttemptAt: null });
    expect((await jsonOf(await call("GET", site.secretKey, "/v1/webhook"))).failed).toBe(1);

    const resend = await call("POST", site.secretKey, `/v1/webhook/events/${events[0].id}/resend`);
    expect(resend.status).toBe(202);
    await deliver();
    const [again] = (await jsonOf(await call("GET", site.secretKey, "/v1/webhook/events"))).events;
    expect(again).toMatchObject({ id: events[0].id, status: "delivered", attempts: 1 });
    ctx.setNow(new Date());
  });

  it("says when a linked later order changes an earlier order's decision", async () => {
    const site = await setUp(["order.rescored"]);
    const ringOrder = (createdAt: string, name: string, kana: string) =>
      orderOf({
        createdAt,
        billing: {
          name,
          nameKana: kana,
          postalCode: "100-0013",
          address: "東京都千代田区霞が関1-3-1",
          phone: "080-7777-4321",
        },
        items: [{ sku: "CARD-BOX", name: "拡張パック", category: "trading_cards", quantity: 4, unitPrice: 6000 }],
        amount: 24000,
      });
    const post = async (order: OrderRequest) => jsonOf(await call("POST", site.secretKey, "/v1/orders", order));
    const first = await post(ringOrder("2026-11-24T10:00:00+09:00", "鈴木 花子", "スズキ ハナコ"));
    const second = await post(ringOrder("2026-11-24T10:20:00+09:00", "高橋 健", "タカハシ ケン"));
    await ctx.deps.background.idle();
    const firstNow = await jsonOf(await call("GET", site.secretKey, `/v1/orders/${first.orderId}`));
    expect(firstNow.decision).not.toBe(first.decision);
    await deliver();

    // Subscribed to re-scoring only: the two new orders sent nothing.
    const sent = deliveredTo(site.siteId);
    expect(sent.map((r) => r.event.type)).toEqual(["order.rescored"]);
    expect(sent[0]?.event.data).toMatchObject({
      orderId: first.orderId,
      decision: firstNow.decision,
      score: firstNow.score,
      previous: { score: first.score, decision: first.decision },
      rescoredBy: second.orderId,
    });
  });

  it("sends a person's decision, and rotates the signing secret without a gap", async () => {
    const site = await setUp(["order.reviewed"]);
    const order = orderOf();
    await call("POST", site.secretKey, "/v1/orders", order);
    const rotated = await jsonOf(await call("POST", site.secretKey, "/v1/webhook/secret"));
    expect(rotated.signingSecret).toMatch(/^whsec_/);
    expect(rotated.signingSecret).not.toBe(site.signingSecret);
    const feedback = await call("POST", site.secretKey, `/v1/orders/${order.orderId}/feedback`, {
      label: "fraud",
      note: "chargeback from the card issuer",
      reviewer: "analyst@shop.example",
    });
    expect(feedback.status).toBe(200);
    await deliver();
    const [got] = deliveredTo(site.siteId);
    expect(got?.event).toMatchObject({
      type: "order.reviewed",
      data: { orderId: order.orderId, review: { label: "fraud", reviewer: "analyst@shop.example" } },
    });
    expect(got?.body).not.toContain("chargeback");
    // Both secrets verify for a day, so the receiver can switch at its own pace.
    const header = got?.headers["shinsa-signature"] as string;
    expect(header.match(/v1=/g)).toHaveLength(2);
    expect(verify(rotated.signingSecret, header, got?.body ?? "")).toBe(true);
    expect(verify(site.signingSecret, header, got?.body ?? "")).toBe(true);
  });

  it("keeps a site's endpoint and events to its own key", async () => {
    const a = await setUp();
    const b = await createTestSite(ctx);
    const ping = await jsonOf(await call("POST", a.secretKey, "/v1/webhook/ping"));
    await deliver();
    expect(deliveredTo(a.siteId).map((r) => r.event.type)).toContain("ping");
    expect((await call("GET", b.secretKey, "/v1/webhook")).status).toBe(404);
    expect((await jsonOf(await call("GET", b.secretKey, "/v1/webhook/events"))).events).toEqual([]);
    expect((await call("POST", b.secretKey, `/v1/webhook/events/${ping.eventId}/resend`)).status).toBe(404);
    expect((await call("GET", a.secretKey, "/v1/webhook")).status).toBe(200);
  });

  it("keeps the signing secret when the URL changes, never shows it again, and gives up events of a deleted endpoint", async () => {
    const site = await setUp();
    const changed = await call("PUT", site.secretKey, "/v1/webhook", {
      url: `${receiver.url}?v=2`,
      events: ["order.scored"],
    });
    expect(changed.status).toBe(200);
    const endpoint = await jsonOf(changed);
    expect(endpoint.signingSecret).toBeUndefined();
    expect(endpoint).toMatchObject({ url: `${receiver.url}?v=2`, events: ["order.scored"], pending: 0 });
    expect(JSON.stringify(await jsonOf(await call("GET", site.secretKey, "/v1/webhook")))).not.toContain("whsec_");

    await call("POST", site.secretKey, "/v1/orders", orderOf());
    expect((await jsonOf(await call("GET", site.secretKey, "/v1/webhook"))).pending).toBe(1);
    expect((await call("DELETE", site.secretKey, "/v1/webhook")).status).toBe(200);
    await deliver();
    const [event] = (await jsonOf(await call("GET", site.secretKey, "/v1/webhook/events"))).events;
    expect(event).toMatchObject({ status: "failed", lastError: expect.stringContaining("no webhook endpoint") });
    expect(deliveredTo(site.siteId)).toEqual([]);
  });

  it("sends each event once when several dispatchers (processes) claim side by side", async () => {
    const site = await setUp(["order.scored"]);
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const order = orderOf();
      ids.push(order.orderId);
      await call("POST", site.secretKey, "/v1/orders", order);
    }
    for (let pass = 0; pass < 10; pass++) {
      const claimed = await Promise.all([deliver(), deliver(), deliver()]);
      if (claimed.every((n) => n === 0)) break;
    }
    const sent = deliveredTo(site.siteId).map((r) => r.event.data.orderId as string);
    expect(sent.sort()).toEqual([...ids].sort());
  });

  it("gives every site a share of a pass, so one site's backlog does not hold back another's", async () => {
    const busy = await setUp(["order.scored"]);
    const quiet = await setUp(["order.scored"]);
    for (let i = 0; i < 20; i++) await call("POST", busy.secretKey, "/v1/orders", orderOf());
    await call("POST", quiet.secretKey, "/v1/orders", orderOf());
    await deliver();
    expect(deliveredTo(quiet.siteId)).toHaveLength(1);
    expect(deliveredTo(busy.siteId).length).toBeLessThan(20);
    while ((await deliver()) > 0) {}
    expect(deliveredTo(busy.siteId)).toHaveLength(20);
  });

  it("shows the operator deliveries by outcome and the events waiting, in /metrics", async () => {
    const site = await setUp(["order.scored"]);
    const value = (text: string, series: string) =>
      Number(
        text
          .split("\n")
          .find((l) => l.startsWith(`${series} `))
          ?.slice(series.length + 1) ?? 0,
      );
    const before = await ctx.deps.metrics.scrape();
    receiver.answers.push(502);
    await call("POST", site.secretKey, "/v1/orders", orderOf());
    await call("POST", site.secretKey, "/v1/orders", orderOf());
    expect(value(await ctx.deps.metrics.scrape(), "shinsa_webhook_events_pending")).toBeGreaterThanOrEqual(2);
    await deliver();
    const after = await ctx.deps.metrics.scrape();
    const outcome = (o: string) => `shinsa_webhook_deliveries_total{outcome="${o}"}`;
    expect(value(after, outcome("delivered")) - value(before, outcome("delivered"))).toBe(1);
    expect(value(after, outcome("retry")) - value(before, outcome("retry"))).toBe(1);
  });

  it("refuses a bad endpoint with the field's path", async () => {
    const site = await createTestSite(ctx);
    const bad = async (body: unknown) => {
      const res = await call("PUT", site.secretKey, "/v1/webhook", body);
      expect(res.status).toBe(400);
      return (await jsonOf(res)).error.message as string;
    };
    expect(await bad({ url: "ftp://shop.example/hook" })).toMatch(/^url: /);
    expect(await bad({ url: receiver.url, events: ["order.shipped"] })).toMatch(/^events\.0: /);
    expect(await bad({ url: receiver.url, secret: "mine" })).toMatch(/secret: unknown field/);
    expect(await bad({ url: "https://user:pw@shop.example/hook" })).toMatch(/credentials/);
  });
});

describe.each(testDrivers)("webhook receivers on private addresses, on %s", (driver) => {
  const ctx = useTestApp(driver);

  it("are refused unless the operator allows them", async () => {
    const site = await createTestSite(ctx);
    for (const url of [
      "http://127.0.0.1:9/hook",
      "http://localhost/hook",
      "http://169.254.169.254/latest",
      "http://[::1]/x",
    ]) {
      const res = await callAs(ctx)("PUT", site.secretKey, "/v1/webhook", { url });
      expect(res.status).toBe(400);
      expect((await jsonOf(res)).error.message).toMatch(/^url: .*SHINSA_WEBHOOK_ALLOW_PRIVATE/);
    }
    expect(
      (await callAs(ctx)("PUT", site.secretKey, "/v1/webhook", { url: "https://hooks.shop.example/x" })).status,
    ).toBe(201);
  });
});
