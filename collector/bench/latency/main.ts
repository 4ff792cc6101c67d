import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { orderRequestSchema } from "@shinsa/shared";
import { createApp } from "../../src/app.js";
import type { AppDeps } from "../../src/deps.js";
import { NO_RATE_LIMITS, parseConfig } from "../../src/env.js";
import { createBackground } from "../../src/lib/background.js";
import { createLogger } from "../../src/lib/logger.js";
import { createMetrics } from "../../src/lib/metrics.js";
import { warmAddressData } from "../../src/normalize/address-area.js";
import { createRescoreQueue } from "../../src/orders/rescore-queue.js";
import { getDropKeys, getIdentifiers } from "../../src/scoring/identifiers.js";
import { getOrderIdentity } from "../../src/scoring/identity.js";
import { riskyCategoriesOf } from "../../src/scoring/order-units.js";
import { DEFAULT_SETTINGS } from "../../src/scoring/settings.js";
import { createSite } from "../../src/sites/create-site.js";
import { DISTRIBUTED, partitionsIn } from "../../src/testing/partition-by-site.js";
import { BENCH_DATABASE, createBenchDatabase, dropBenchDatabase, dropIndexes, rebuildIndexes } from "./database.js";
import { explainNeighbours } from "./explain.js";
import {
  insertTokens,
  measuredOrders,
  type NeighbourStats,
  neighbourStats,
  type Percentiles,
  percentiles,
  postOrders,
} from "./measure.js";
import { orderOf, personOf } from "./population.js";
import { rngOf } from "./prng.js";
import { type History, seedOrders } from "./seed.js";
import { createSeedKeys } from "./seed-keys.js";

// pnpm bench:latency [--sizes 10000,100000,1000000] [--orders 500] [--warmup 50] [--workers 4] [--keep] [--partitions N]
// Latency of POST /v1/orders as the stored history grows (issue 5): seed, measure, seed more.
// --partitions N: the per-site tables hash-partitioned by site_id into N, as Citus would shard them
// (docs/scaling.md); `pnpm bench:latency:partitioned` runs both layouts one after the other.

const { values: args } = parseArgs({
  // `pnpm bench:latency -- --orders 100` at the root passes the `--` through.
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    sizes: { type: "string", default: "10000,100000,1000000" },
    orders: { type: "string", default: "500" },
    warmup: { type: "string", default: "50" },
    workers: { type: "string", default: "4" },
    keep: { type: "boolean", default: false },
    partitions: { type: "string", default: "0" },
  },
});
const sizes = args.sizes.split(",").map(Number);
const measured = Number(args.orders);
const warmup = Number(args.warmup);
const workers = Math.max(1, Number(args.workers) || 1);
const partitions = Number(args.partitions);
if (!Number.isInteger(partitions) || partitions < 0) throw new Error("--partitions must be 0 (none) or a count");
if (sizes.some((s, i) => !Number.isInteger(s) || s <= 0 || s <= (sizes[i - 1] ?? 0)) || !(measured > 0))
  throw new Error("--sizes must be increasing positive integers and --orders positive");

const SECRET = "bench-latency-secret-of-at-least-32-characters";
const now = new Date();
const ms = (n: number) => n.toFixed(1);

interface Row {
  size: number;
  scoring: Percentiles;
  baseline: Percentiles;
  seed: string;
  stats: NeighbourStats;
}

/** The seeder takes a shortcut past getOrderIdentity: check it lands on the keys scoring makes. */
function checkSeedKeys(sample: number): number {
  const keysOf = createSeedKeys(SECRET);
  let agree = 0;
  for (let n = 0; n < sample; n++) {
    const rng = rngOf(n, 1234);
    const generated = orderOf(`C${n}`, personOf(rng.int(0, 1_000_000)), rng);
    const order = orderRequestSchema.parse(generated.body);
    const identity = getOrderIdentity(order);
    const drops = getDropKeys(SECRET, riskyCategoriesOf(order.items ?? [], DEFAULT_SETTINGS.riskyCategories), identity);
    const real = getIdentifiers(
      SECRET,
      { customerId: order.customer?.id, ip: order.ip, drops },
      identity,
      generated.device,
    );
    const seeded = keysOf(generated).identifiers;
    const key = (ids: typeof real) =>
      ids
        .map((i) => `${i.kind}:${i.value}`)
        .sort()
        .join(" ");
    if (key(real) === key(seeded)) agree++;
  }
  return agree;
}

const bench = await createBenchDatabase({ partitions });
console.log(
  partitions
    ? `layout: ${DISTRIBUTED.length} per-site tables hash-partitioned by site_id into ${partitions} each`
    : "layout: plain tables (no partitions)",
);
try {
  const agree = checkSeedKeys(500);
  console.log(`seeded identifiers equal scoring's own for ${agree}/500 sampled orders`);
  const config = parseConfig({ ...NO_RATE_LIMITS, SHINSA_ADMIN_TOKEN: "adm_bench_latency_token" });
  const logger = createLogger();
  const deps: AppDeps = {
    db: bench.db,
    config,
    sdkBundle: { body: "/* sdk */", etag: '"bench"', built: true },
    now: () => new Date(),
    secret: SECRET,
    metrics: createMetrics(),
    background: createBackground((job, err) => logger.error({ job, err }, "background job failed")),
    rescores: createRescoreQueue(),
    logger,
  };
  const app = createApp(deps);
  // A server that has been up a while has built every city's town list; a fresh one pays a few
  // milliseconds on each city's first address, which is start-up cost, not scoring's.
  const warmStart = performance.now();
  warmAddressData();
  console.log(`address look-up forms built in ${((performance.now() - warmStart) / 1000).toFixed(1)} s`);
  const site = await createSite(bench.db, { name: "Latency bench shop", origins: ["https://shop.example"] });
  const history: History = { orders: 0, persons: 0 };
  const rows: Row[] = [];
  for (const [stage, size] of sizes.entries()) {
    const rebuild = await dropIndexes(bench.sql);
    const seeded = await seedOrders(bench.url, site.siteId, SECRET, history, size - history.orders, now, workers);
    const indexStart = performance.now();
    await rebuildIndexes(bench.sql, rebuild);
    const indexSeconds = (performance.now() - indexStart) / 1000;
    const rate = Math.round((seeded.orders + seeded.identifiers) / seeded.seconds);
    const seed = `${seeded.orders} orders + ${seeded.identifiers} identifier rows by COPY in ${seeded.seconds.toFixed(1)} s on ${workers} threads (${rate} rows/s), indexes and ANALYZE ${indexSeconds.toFixed(1)} s`;
    console.log(`[${size}] ${seed}`);

    const orders = measuredOrders(stage, warmup + measured, history.persons);
    await insertTokens(bench.sql, site.siteId, orders, new Date());
    await postOrders(app, bench.db, site, orders.slice(0, warmup), history.orders);
    const { scoring, baseline } = await postOrders(app, bench.db, site, orders.slice(warmup), history.orders);
    const stats = await neighbourStats(bench.sql, site.siteId, stage);
    const row = { size, scoring: percentiles(scoring), baseline: percentiles(baseline), seed, stats };
    rows.push(row);
    console.log(
      `[${size}] p50 ${ms(row.scoring.p50)} p90 ${ms(row.scoring.p90)} p99 ${ms(row.scoring.p99)} max ${ms(row.scoring.max)} ms; ` +
        `PK select p50 ${ms(row.baseline.p50)} p99 ${ms(row.baseline.p99)} ms; ` +
        `${stats.linked}/${warmup + measured} met a stored order by a strong identifier, ${stats.atLimit} hit the 50-row limit, ` +
        `${stats.meanRows.toFixed(0)} neighbour rows on average; load average ${loadavg()[0]?.toFixed(1)}`,
    );
  }

  const first = rows[0];
  console.log(`\n| stored orders | p50 | p90 | p99 | max | p99 / p99 at ${first?.size} | PK select p50 / p99 |`);
  console.log("|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    const ratio = first ? r.scoring.p99 / first.scoring.p99 : Number.NaN;
    console.log(
      `| ${r.size.toLocaleString("en")} | ${ms(r.scoring.p50)} ms | ${ms(r.scoring.p90)} ms | ${ms(r.scoring.p99)} ms | ` +
        `${ms(r.scoring.max)} ms | ${ratio.toFixed(2)}× | ${ms(r.baseline.p50)} / ${ms(r.baseline.p99)} ms |`,
    );
  }
  console.log(
    `\n${measured} orders per size after ${warmup} warm-up orders, one at a time, in-process app, PostgreSQL ${BENCH_DATABASE}.`,
  );

  const last = rows[rows.length - 1];
  if (last) {
    const plan = await explainNeighbours(bench, site.siteId, last.stats.busiest);
    console.log(
      `\nEXPLAIN (ANALYZE, BUFFERS) of the neighbour read at ${last.size} orders, order ${plan.orderId} (${plan.identifiers} identifiers, ${plan.rows} rows):`,
    );
    console.log(`  ${plan.planning}; ${plan.execution}; top ${plan.buffers}`);
    console.log(
      `  scans: ${Object.entries(plan.scans)
        .map(([k, v]) => `${k} ×${v}`)
        .join(", ")}`,
    );
    for (const l of plan.plan) if (/->|^\S/.test(l) && !/Time:/.test(l)) console.log(`  ${l}`);
    if (partitions) {
      const named = (executedOnly: boolean) =>
        [...partitionsIn(plan.plan, executedOnly)]
          .map(([table, parts]) => `${table}: ${[...parts].map((p) => `p${p}`).join(", ")}`)
          .join("; ") || "none named";
      console.log(`  partitions in the plan: ${named(false)} (of ${partitions} per table)`);
      console.log(`  partitions executed:    ${named(true)}`);
    }
  }
} finally {
  await bench.close();
  if (args.keep) console.log(`kept database ${BENCH_DATABASE}`);
  else await dropBenchDatabase();
}
