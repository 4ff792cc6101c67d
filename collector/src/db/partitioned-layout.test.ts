import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { skipPostgres } from "../testing/databases.js";
import { DISTRIBUTED, partitionBySite } from "../testing/partition-by-site.js";
import {
  CHROME_UA,
  callAs,
  createTestSite,
  devicePayload,
  jsonOf,
  type TestContext,
  useTestApp,
} from "../testing/test-app.js";

// docs/scaling.md: on Citus every per-site table is sharded by site_id, and a request must touch
// its own site's shard only. Simulated here: the same tables hash-partitioned by site_id on one
// PostgreSQL. A shop's day through the API — signals, linked orders and their re-scoring, a label,
// the list and its search, a ring, a webhook, truncated IPs, an erasure, a CSV import — must answer
// as on plain tables and read or write no partition but its site's.

const PARTITIONS = 8;

/** A shop's day; answers what a merchant would compare: scores, decisions, reasons, links. */
async function shopDay(ctx: TestContext) {
  const site = await createTestSite(ctx);
  const call = (method: string, path: string, body?: unknown) => callAs(ctx)(method, site.secretKey, path, body);
  const collected = await ctx.app.request("/v1/collect", {
    method: "POST",
    headers: { "content-type": "text/plain", origin: "https://shop.example", "user-agent": CHROME_UA },
    body: JSON.stringify(devicePayload(site.publicKey)),
  });
  const token = (await jsonOf(collected)).token as string;
  const order = (n: number, name: string) => ({
    orderId: `P-${n}`,
    createdAt: `2026-11-24T10:${String(10 * n).padStart(2, "0")}:00+09:00`,
    ...(n === 1 && { token }),
    customer: { id: `PC-${n}`, email: `p${n}@example.jp`, createdAt: "2026-11-24T09:00:00+09:00" },
    billing: { name, phone: "080-3333-2121", postalCode: "135-0043", address: "東京都江東区塩浜2丁目13番1号" },
    items: [{ sku: "PS5", category: "game_console", quantity: 2, unitPrice: 66980 }],
    amount: 133960,
  });
  const answers = [];
  for (const [n, name] of [
    [1, "佐藤 一郎"],
    [2, "鈴木 二郎"],
    [3, "高橋 三郎"],
  ] as const)
    answers.push(await jsonOf(await call("POST", "/v1/orders", order(n, name))));
  await ctx.deps.background.idle();
  await call("POST", "/v1/orders/P-2/feedback", { label: "fraud", reviewer: "analyst" });
  const first = await jsonOf(await call("GET", "/v1/orders/P-1"));
  const found = await jsonOf(await call("GET", `/v1/orders?q=${encodeURIComponent("080-3333-2121")}`));
  const ring = await call("GET", `/v1/rings/${answers[2].links.ringId}`);
  const device = await call("GET", `/v1/tokens/${token}`);
  await call("PUT", "/v1/webhook", { url: "https://hooks.shop.example/shinsa" });
  await call("POST", "/v1/webhook/ping");
  const events = await jsonOf(await call("GET", "/v1/webhook/events"));
  await call("PATCH", "/v1/settings", { truncateIp: true });
  await ctx.deps.background.idle();
  const erased = await jsonOf(await call("DELETE", "/v1/customers/PC-3"));
  const imported = await ctx.app.request("/v1/orders/import", {
    method: "POST",
    headers: { authorization: `Bearer ${site.secretKey}`, "content-type": "text/csv" },
    body: "orderId,billing.name,billing.phone\nP-9,伊藤 四郎,080-3333-2121\n",
  });
  const later = await jsonOf(await call("POST", "/v1/orders", { ...order(4, "田中 五郎"), orderId: "P-4" }));
  await ctx.deps.background.idle();
  const summary = [...answers, later].map((a) => ({
    orderId: a.orderId,
    score: a.score,
    decision: a.decision,
    reasons: a.reasons.map((r: { code: string }) => r.code),
    linked: a.links.orders,
  }));
  return {
    site,
    summary,
    first: { score: first.score, decision: first.decision, rescoredBy: first.rescored?.by },
    found: found.orders.map((o: { orderId: string }) => o.orderId).sort(),
    statuses: [ring.status, device.status, imported.status],
    events: events.events.map((e: { type: string }) => e.type),
    erased,
  };
}

describe.skipIf(skipPostgres)("tables partitioned by site, as Citus shards them", () => {
  const plain = useTestApp("postgres");
  const partitioned = useTestApp(
    "postgres",
    {},
    {
      prepare: async (database) => {
        const admin = postgres(database.url ?? "", { max: 1, onnotice: () => {} });
        await partitionBySite(admin, PARTITIONS);
        // Its backend writes what the partitioning itself scanned when it ends, before the baseline.
        await admin.end();
      },
    },
  );

  it("answer a shop's day as plain tables do, and touch only the site's own partition", {
    timeout: 60_000,
  }, async () => {
    const expected = await shopDay(plain);
    const sql = postgres(partitioned.database.url ?? "", { max: 1, onnotice: () => {} });
    // Every partition's reads and writes so far (building the partitions' indexes scanned each one).
    const counters = async () =>
      new Map(
        (
          await sql<{ part: string; n: string }[]>`select relname as part,
            seq_scan + coalesce(idx_scan, 0) + n_tup_ins + n_tup_upd + n_tup_del as n
            from pg_stat_user_tables where relname ~ ${`^(${DISTRIBUTED.join("|")})_p[0-9]+$`}`
        ).map((r) => [r.part, Number(r.n)]),
      );
    const before = await counters();
    const day = await shopDay(partitioned);
    expect({ ...day, site: undefined }).toEqual({ ...expected, site: undefined });
    expect(day.summary.at(-1)?.linked.length).toBeGreaterThan(0);

    const [home] = await sql<
      { part: string }[]
    >`select tableoid::regclass::text as part from orders where site_id = ${day.site.siteId} limit 1`;
    const remainder = home?.part.replace(/^orders_p/, "");
    // A backend writes its table statistics when it ends: close the app's connections, then read.
    await partitioned.database.close();
    let touched: string[] = [];
    for (let i = 0; i < 50; i++) {
      const after = await counters();
      touched = [...after]
        .filter(([part, n]) => n > (before.get(part) ?? 0))
        .map(([part]) => part)
        .sort();
      if (touched.includes(`orders_p${remainder}`) && touched.includes(`order_identifiers_p${remainder}`)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(touched.length).toBeGreaterThanOrEqual(5);
    expect(touched.filter((p) => !p.endsWith(`_p${remainder}`))).toEqual([]);
    await sql.end();
  });
});
