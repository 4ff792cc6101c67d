import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { createApp } from "../../src/app.js";
import { NO_RATE_LIMITS, parseConfig } from "../../src/env.js";
import { createBackground } from "../../src/lib/background.js";
import { createLogger } from "../../src/lib/logger.js";
import { createMetrics } from "../../src/lib/metrics.js";
import { createRescoreQueue } from "../../src/orders/rescore-queue.js";
import { createSite } from "../../src/sites/create-site.js";
import { BENCH_DATABASE, createBenchDatabase, dropBenchDatabase } from "../latency/database.js";
import { type Percentiles, percentiles } from "../latency/measure.js";
import { scansOf } from "./plans.js";
import { seedListHistory } from "./seed-list.js";
import { searchTargets } from "./targets.js";

// pnpm bench:orders-list [--size 100000] [--requests 200] [--warmup 20] [--workers 2] [--keep]
// GET /v1/orders at a stored history of --size orders (issue 16: under 50 ms at 100k), each
// query beside the primary-key read of one order through the same app, in the same run.

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    size: { type: "string", default: "100000" },
    requests: { type: "string", default: "200" },
    warmup: { type: "string", default: "20" },
    workers: { type: "string", default: "2" },
    keep: { type: "boolean", default: false },
  },
});
const size = Number(args.size);
const requests = Number(args.requests);
const warmup = Number(args.warmup);
if (!(size > 0 && requests > 0 && warmup >= 0)) throw new Error("--size and --requests must be positive");

const SECRET = "bench-orders-list-secret-of-at-least-32-chars";
const ms = (n: number) => n.toFixed(1);

const bench = await createBenchDatabase();
try {
  const site = await createSite(bench.db, { name: "Order list bench shop", origins: [] });
  const seeded = await seedListHistory(bench, site.siteId, SECRET, size, Number(args.workers));
  console.log(
    `[${size}] ${seeded.orders} orders + ${seeded.identifiers} identifier rows seeded in ${seeded.seconds.toFixed(1)} s`,
  );

  const config = parseConfig({ ...NO_RATE_LIMITS, SHINSA_ADMIN_TOKEN: "adm_bench_orders_list_token" });
  const logger = createLogger();
  const background = createBackground((job, err) => logger.error({ job, err }, "background job failed"));
  const sdkBundle = { body: "", etag: '"bench"', built: true };
  const app = createApp({
    db: bench.db,
    config,
    sdkBundle,
    now: () => new Date(),
    secret: SECRET,
    background,
    rescores: createRescoreQueue(),
    logger,
    metrics: createMetrics(),
  });
  const get = async (path: string) => {
    const started = performance.now();
    const res = await app.request(path, { headers: { authorization: `Bearer ${site.secretKey}` } });
    const body = (await res.json()) as { orders?: unknown[]; nextCursor: string };
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
    return { ms: performance.now() - started, body };
  };
  const measure = async (path: string): Promise<{ p: Percentiles; rows: number }> => {
    for (let i = 0; i < warmup; i++) await get(path);
    const samples: number[] = [];
    let rows = 0;
    for (let i = 0; i < requests; i++) {
      const { ms: took, body } = await get(path);
      samples.push(took);
      rows = body.orders?.length ?? 1;
    }
    return { p: percentiles(samples), rows };
  };

  const t = await searchTargets(bench.sql, site.siteId);
  let cursor = "";
  for (let page = 1; page < 10; page++)
    cursor = (await get(`/v1/orders?limit=50${cursor && `&cursor=${cursor}`}`)).body.nextCursor;
  const week = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();
  const q = (text: string) => `/v1/orders?q=${encodeURIComponent(text)}`;
  const queries: Array<[string, string]> = [
    ["first page (50)", "/v1/orders"],
    ["first page (200)", "/v1/orders?limit=200"],
    ["10th page by cursor", `/v1/orders?cursor=${cursor}`],
    ["decision=reject", "/v1/orders?decision=reject"],
    ["status=open (queue)", "/v1/orders?status=open"],
    ["status=decided", "/v1/orders?status=decided"],
    ["reason=deny_listed", "/v1/orders?reason=deny_listed"],
    ["reason no order has", "/v1/orders?reason=none_such"],
    ["minScore=80", "/v1/orders?minScore=80"],
    // Worst case of a filter with no index of its own: no order matches, so the whole list is walked.
    ["minScore=95 (matches none)", "/v1/orders?minScore=95"],
    ["from–to, one week", `/v1/orders?from=${week(107)}&to=${week(100)}`],
    [
      "decision=review & status=decided & a month",
      `/v1/orders?decision=review&status=decided&from=${week(60)}&to=${week(30)}`,
    ],
    ["q = order id", q(t.orderId)],
    ["q = customer id", q(t.customerId)],
    ["q = e-mail (capitals)", q(t.email)],
    ["q = phone (+81 form)", q(t.phone)],
    ["q = name in kanji", q(t.name)],
    ["q = name in kana", q(t.kana)],
    ["q = address (other spelling)", q(t.address)],
    ["q = device id", q(t.deviceId)],
    ["q = ring id", q(t.ringId)],
  ];
  const baseline = await measure(`/v1/orders/${encodeURIComponent(t.orderId)}`);
  console.log(`\n| query at ${size.toLocaleString("en")} orders | rows | p50 | p99 | scans (EXPLAIN ANALYZE) |`);
  console.log("|---|---:|---:|---:|---|");
  console.log(
    `| baseline: GET /v1/orders/{id} (primary key) | 1 | ${ms(baseline.p.p50)} ms | ${ms(baseline.p.p99)} ms | |`,
  );
  let worst = 0;
  for (const [name, path] of queries) {
    const { p, rows } = await measure(path);
    worst = Math.max(worst, p.p99);
    const scans = await scansOf(bench, () => get(path));
    console.log(`| ${name} | ${rows} | ${ms(p.p50)} ms | ${ms(p.p99)} ms | ${scans} |`);
  }
  console.log(
    `\n${requests} requests per query after ${warmup} warm-up, one at a time, in-process app over PostgreSQL ${BENCH_DATABASE}; ` +
      `worst p99 ${ms(worst)} ms; load average ${loadavg()[0]?.toFixed(1)}.`,
  );
} finally {
  await bench.close();
  if (args.keep) console.log(`kept database ${BENCH_DATABASE}`);
  else await dropBenchDatabase();
}
