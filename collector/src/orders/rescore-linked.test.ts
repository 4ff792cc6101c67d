import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { countPendingRescores } from "../db/queries/rescore-requests.js";
import { orders } from "../db/schema.js";
import { createBackground } from "../lib/background.js";
import { testDrivers } from "../testing/databases.js";
import { callAs, createTestSite, jsonOf, useTestApp } from "../testing/test-app.js";
import { startRescoreSweeper } from "./rescore-linked.js";
import { createRescoreQueue } from "./rescore-queue.js";

describe.each(testDrivers)("re-scoring joined orders on %s", (driver) => {
  const ctx = useTestApp(driver);
  const call = callAs(ctx);
  const order = (orderId: string, customerId: string, name: string) => ({
    orderId,
    customer: { id: customerId },
    billing: { name, phone: "080-6666-0303" },
    items: [{ sku: "CARD-BOX", category: "trading_cards", quantity: 4, unitPrice: 6000 }],
    amount: 24000,
  });

  it("scores a joined order again with every order that joined it while the queue waited, naming the newest", async () => {
    const site = await createTestSite(ctx);
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    ctx.deps.background.run("held", () => held, site.siteId);
    for (const [i, name] of ["佐藤 一郎", "鈴木 二郎", "高橋 三郎", "田中 四郎"].entries()) {
      await call("POST", site.secretKey, "/v1/orders", order(`RJ-${i}`, `RJC-${i}`, name));
    }
    release();
    await ctx.deps.background.idle(site.siteId);
    const first = await jsonOf(await call("GET", site.secretKey, "/v1/orders/RJ-0"));
    // Asked for by RJ-1, RJ-2 and RJ-3, scored again once with all of them: the newest is named.
    expect(first.rescored?.by).toBe("RJ-3");
    expect(first.links.orders).toEqual(expect.arrayContaining(["RJ-1", "RJ-2", "RJ-3"]));
    expect(await countPendingRescores(ctx.database.db)).toBe(0);
  });

  it("keeps the re-scores an order asked for through its process's death, for another process to do", async () => {
    const site = await createTestSite(ctx);
    // This process's drain never runs: it stands for a process killed right after answering.
    ctx.deps.background.run("dead", () => new Promise(() => {}), site.siteId);
    for (const [i, name] of ["佐藤 一郎", "鈴木 二郎", "高橋 三郎"].entries()) {
      expect((await call("POST", site.secretKey, "/v1/orders", order(`RD-${i}`, `RDC-${i}`, name))).status).toBe(200);
    }
    expect(await countPendingRescores(ctx.database.db)).toBe(2);
    // Another process on the same database: its sweeper finds what nobody took up.
    const other = {
      ...ctx.deps,
      background: createBackground((job, err) => ctx.deps.logger.error({ job, err }, "background job failed")),
      rescores: createRescoreQueue(),
    };
    const sweeper = startRescoreSweeper(other, { intervalMs: 60_000 });
    await sweeper.sweep();
    sweeper.stop();
    await other.background.idle(site.siteId);
    const first = await jsonOf(await call("GET", site.secretKey, "/v1/orders/RD-0"));
    expect(first.rescored?.by).toBe("RD-2");
    expect(first.links.orders).toEqual(expect.arrayContaining(["RD-1", "RD-2"]));
    expect(await countPendingRescores(ctx.database.db)).toBe(0);
  });

  it("goes on with the other joined orders when one of them cannot be read again, and logs which", async () => {
    const site = await createTestSite(ctx);
    await call("POST", site.secretKey, "/v1/orders", order("RB-1", "RBC-1", "佐藤 一郎"));
    await call("POST", site.secretKey, "/v1/orders", order("RB-2", "RBC-2", "鈴木 二郎"));
    await ctx.deps.background.idle(site.siteId);
    // A seal that no longer opens (a restored backup beside another key, say).
    await ctx.database.db
      .update(orders)
      .set({ request: sql`jsonb_set(${orders.request}, '{$sealed}', '"v1.broken"')` })
      .where(sql`${orders.siteId} = ${site.siteId} and ${orders.orderId} = 'RB-1'`);
    await call("POST", site.secretKey, "/v1/orders", order("RB-3", "RBC-3", "高橋 三郎"));
    await ctx.deps.background.idle(site.siteId);
    const second = await jsonOf(await call("GET", site.secretKey, "/v1/orders/RB-2"));
    expect(second.rescored?.by).toBe("RB-3");
    const failure = ctx.logLines.find((l) => l.includes("re-scoring a joined order failed"));
    expect(failure).toContain('"orderId":"RB-1"');
    // The log says which order, never whose: no name from any of the three.
    expect(ctx.logLines.join("\n")).not.toMatch(/佐藤|鈴木|高橋|080-6666/);
  });

  it("scores a drop's first buyer again when another flat of the building buys the drop, though nothing joins them", async () => {
    const site = await createTestSite(ctx);
    const flat = (orderId: string, customerId: string, name: string, room: string, minute: number) => ({
      orderId,
      createdAt: `2026-11-24T10:${String(minute).padStart(2, "0")}:00+09:00`,
      customer: { id: customerId },
      billing: {
        name,
        postalCode: "179-0084",
        address: `東京都練馬区氷川台2-4-3 グランヴィラ氷川台${room}号室`,
        phone: `090-1111-${room}`,
      },
      items: [{ sku: "GM-SW2", category: "game_console", quantity: 1, unitPrice: 49980 }],
      amount: 49980,
    });
    const first = await jsonOf(
      await call("POST", site.secretKey, "/v1/orders", flat("DB-1", "DBC-1", "佐藤 一郎", "805", 1)),
    );
    const second = await jsonOf(
      await call("POST", site.secretKey, "/v1/orders", flat("DB-2", "DBC-2", "鈴木 二郎", "302", 4)),
    );
    // Other flats: no order joins the other, and neither answer names the other as joined.
    expect(second.links.orders).toEqual([]);
    expect(second.reasons.map((r: { code: string }) => r.code)).toContain("resale_pattern");
    expect(first.reasons.map((r: { code: string }) => r.code)).not.toContain("resale_pattern");
    await ctx.deps.background.idle(site.siteId);
    const firstNow = await jsonOf(await call("GET", site.secretKey, "/v1/orders/DB-1"));
    expect(firstNow.reasons.map((r: { code: string }) => r.code)).toContain("resale_pattern");
    expect(firstNow.rescored).toMatchObject({ by: "DB-2", scoreBefore: first.score });
  });

  it("leaves a building's earlier order alone when the next flat buys everyday goods", async () => {
    const site = await createTestSite(ctx);
    const flat = (orderId: string, customerId: string, name: string, room: string, sku: string, category: string) => ({
      orderId,
      createdAt: "2026-11-24T10:00:00+09:00",
      customer: { id: customerId },
      billing: { name, postalCode: "179-0084", address: `東京都練馬区氷川台2-4-3 グランヴィラ氷川台${room}号室` },
      items: [{ sku, category, quantity: 1, unitPrice: 1800 }],
      amount: 1800,
    });
    await call(
      "POST",
      site.secretKey,
      "/v1/orders",
      flat("DE-1", "DEC-1", "佐藤 一郎", "805", "GM-SW2", "game_console"),
    );
    await call("POST", site.secretKey, "/v1/orders", flat("DE-2", "DEC-2", "鈴木 二郎", "302", "BOOK-1", "books"));
    await ctx.deps.background.idle(site.siteId);
    const firstNow = await jsonOf(await call("GET", site.secretKey, "/v1/orders/DE-1"));
    expect(firstNow.rescored).toBeNull();
  });
});
