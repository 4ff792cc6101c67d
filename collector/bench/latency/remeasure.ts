import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { createApp } from "../../src/app.js";
import type { AppDeps } from "../../src/deps.js";
import { NO_RATE_LIMITS, parseConfig } from "../../src/env.js";
import { createBackground } from "../../src/lib/background.js";
import { createLogger } from "../../src/lib/logger.js";
import { createMetrics } from "../../src/lib/metrics.js";
import { warmAddressData } from "../../src/normalize/address-area.js";
import { createRescoreQueue } from "../../src/orders/rescore-queue.js";
import { rotateSecretKey } from "../../src/sites/secret-keys.js";
import { BENCH_DATABASE, openBenchDatabase } from "./database.js";
import { insertTokens, measuredOrders, percentiles, postOrders } from "./measure.js";

// cd collector && node --import tsx bench/latency/remeasure.ts [--orders 300] [--warmup 50], on a
// database kept by `bench:latency --keep`: measures POST /v1/orders again, as bench:latency does,
// on the history as it is. Seeding 1M orders takes ten minutes; a quieter moment of the shared
// cores may come later.

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: { orders: { type: "string", default: "300" }, warmup: { type: "string", default: "50" } },
});
const SECRET = "bench-latency-secret-of-at-least-32-characters";
const ms = (n: number) => n.toFixed(1);
const bench = await openBenchDatabase();
try {
  const [site] = await bench.sql<{ id: string }[]>`select id from sites limit 1`;
  if (!site) throw new Error("no site: run bench:latency --keep first");
  const [{ seeded } = { seeded: 0 }] = await bench.sql<{ seeded: number }[]>`
    select count(*)::int as seeded from orders where site_id = ${site.id} and order_id like 'S%'`;
  const logger = createLogger();
  const deps: AppDeps = {
    db: bench.db,
    config: parseConfig({ ...NO_RATE_LIMITS, SHINSA_ADMIN_TOKEN: "adm_bench_latency_token" }),
    sdkBundle: { body: "/* sdk */", etag: '"bench"', built: true },
    now: () => new Date(),
    secret: SECRET,
    metrics: createMetrics(),
    background: createBackground((job, err) => logger.error({ job, err }, "background job failed")),
    rescores: createRescoreQueue(),
    logger,
  };
  const app = createApp(deps);
  warmAddressData();
  const secretKey = await rotateSecretKey(bench.db, site.id, new Date());
  // The seeder makes a new person for six orders in ten; a stage number of its own gives new order ids.
  const stage = 100 + (Date.now() % 100_000);
  const orders = measuredOrders(stage, Number(args.warmup) + Number(args.orders), Math.floor(seeded * 0.6));
  await insertTokens(bench.sql, site.id, orders, new Date());
  const target = { siteId: site.id, secretKey };
  const warmup = Number(args.warmup);
  await postOrders(app, bench.db, target, orders.slice(0, warmup), seeded);
  const { scoring, baseline } = await postOrders(app, bench.db, target, orders.slice(warmup), seeded);
  const s = percentiles(scoring);
  const b = percentiles(baseline);
  console.log(
    `[${seeded} seeded orders, ${BENCH_DATABASE}] p50 ${ms(s.p50)} p90 ${ms(s.p90)} p99 ${ms(s.p99)} max ${ms(s.max)} ms; ` +
      `PK select p50 ${ms(b.p50)} p99 ${ms(b.p99)} ms; ${scoring.length} orders; load average ${loadavg()[0]?.toFixed(1)}`,
  );
} finally {
  await bench.close();
}
