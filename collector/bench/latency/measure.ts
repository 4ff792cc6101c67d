import { sql as q } from "drizzle-orm";
import type { Sql } from "postgres";
import type { Db } from "../../src/db/client.js";
import { type IdentifierKind, isStrong } from "../../src/lib/identifier.js";
import { type GeneratedOrder, orderOf, personOf } from "./population.js";
import { rngOf } from "./prng.js";

// Posts orders one at a time through the in-process app (HTTP parsing, auth, validation,
// scoring, the transaction), so each figure is one order's latency and nothing queues.

type App = { request(path: string, init: RequestInit): Response | Promise<Response> };

export interface Percentiles {
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest rank: p99 of 500 samples is the 495th, a real observed latency.
  const at = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
  return { p50: at(50), p90: at(90), p99: at(99), max: sorted[sorted.length - 1] ?? Number.NaN };
}

/** Half the measured orders come from people already in the history, half from new ones. */
export function measuredOrders(stage: number, count: number, persons: number): GeneratedOrder[] {
  return Array.from({ length: count }, (_, i) => {
    const rng = rngOf(i, stage, 99);
    const personId = rng.chance(0.5) ? rng.int(0, persons - 1) : 100_000_000 + stage * 100_000 + i;
    return orderOf(`M${stage}-${i}`, personOf(personId), rng);
  });
}

/**
 * A web order carries the token its browser got from /v1/collect. The bench writes those token
 * rows directly: issuing them is /v1/collect's cost, not scoring's.
 */
export async function insertTokens(sql: Sql, siteId: string, orders: GeneratedOrder[], now: Date) {
  const rows = orders.flatMap((o) => {
    if (!o.device) return [];
    const token = `tok_${o.body.orderId}`;
    o.body.token = token;
    return [
      {
        site_id: siteId,
        token,
        session_id: `sess_${o.body.orderId}`,
        expires_at: new Date(now.getTime() + 86_400_000).toISOString(),
        device_id: o.device.deviceId,
        hardware_id: o.device.hardwareId,
        visitor_id: o.device.visitorId,
        ip: o.device.ip,
        user_agent:
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        headers: JSON.stringify({}),
        client: JSON.stringify({
          browser: { name: "Chrome", version: "131.0.0.0" },
          os: { name: "Windows", version: "10" },
          device: { type: "desktop", vendor: null, model: null },
        }),
        signals: JSON.stringify({}),
        flags: JSON.stringify({}),
        flag_reasons: JSON.stringify([]),
      },
    ];
  });
  // drizzle has set this client to pass dates and JSON through as text, so they are given as text.
  for (let i = 0; i < rows.length; i += 500) await sql`insert into device_tokens ${sql(rows.slice(i, i + 500))}`;
}

/**
 * Posts each order, then reads one stored order by primary key through the same client: the
 * reads see the same moment's load as the orders, so the baseline tells machine noise (other
 * jobs on these two cores) from growth of the history.
 */
export async function postOrders(
  app: App,
  db: Db,
  site: { siteId: string; secretKey: string },
  orders: GeneratedOrder[],
  stored: number,
): Promise<{ scoring: number[]; baseline: number[] }> {
  const rng = rngOf(stored, 5);
  const scoring: number[] = [];
  const baseline: number[] = [];
  for (const order of orders) {
    const body = JSON.stringify(order.body);
    let started = performance.now();
    const res = await app.request("/v1/orders", {
      method: "POST",
      headers: { authorization: `Bearer ${site.secretKey}`, "content-type": "application/json" },
      body,
    });
    const text = await res.text();
    scoring.push(performance.now() - started);
    if (res.status !== 200) throw new Error(`POST /v1/orders answered ${res.status}: ${text}`);
    const orderId = `S${rng.int(0, stored - 1)}`;
    started = performance.now();
    await db.execute(q`select order_id, score from orders where site_id = ${site.siteId} and order_id = ${orderId}`);
    baseline.push(performance.now() - started);
  }
  return { scoring, baseline };
}

export interface NeighbourStats {
  /** Measured orders that met at least one stored order through a strong identifier (same person). */
  linked: number;
  /** Measured orders with at least one identifier at the 50-row LIMIT. */
  atLimit: number;
  meanRows: number;
  /** The order with the most neighbour rows, for EXPLAIN. */
  busiest: string;
}

/** What the measured orders met, counted afterwards with the same bound as scoring. */
export async function neighbourStats(sql: Sql, siteId: string, stage: number): Promise<NeighbourStats> {
  const rows = await sql<{ order_id: string; kind: IdentifierKind; n: number }[]>`
    select m.order_id, m.kind, (select count(*) from (select 1 from order_identifiers o
      where o.site_id = m.site_id and o.kind = m.kind and o.value = m.value and o.order_id <> m.order_id
        and o.order_id not like 'M%' limit 50) x)::int as n
    from order_identifiers m where m.site_id = ${siteId} and m.order_id like ${`M${stage}-%`}`;
  const byOrder = new Map<string, number[]>();
  const strong = new Set<string>();
  for (const r of rows) {
    byOrder.set(r.order_id, [...(byOrder.get(r.order_id) ?? []), r.n]);
    if (r.n > 0 && isStrong(r.kind)) strong.add(r.order_id);
  }
  let atLimit = 0;
  let total = 0;
  let busiest = ["", -1] as [string, number];
  for (const [orderId, counts] of byOrder) {
    const sum = counts.reduce((a, b) => a + b, 0);
    total += sum;
    if (counts.some((c) => c >= 50)) atLimit++;
    if (sum > busiest[1]) busiest = [orderId, sum];
  }
  return { linked: strong.size, atLimit, meanRows: byOrder.size ? total / byOrder.size : 0, busiest: busiest[0] };
}
