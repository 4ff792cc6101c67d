import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { startSession } from "../../src/accounts/sessions.js";
import { createApp } from "../../src/app.js";
import { NO_RATE_LIMITS, parseConfig } from "../../src/env.js";
import { createBackground } from "../../src/lib/background.js";
import { createLogger } from "../../src/lib/logger.js";
import { createMetrics } from "../../src/lib/metrics.js";
import { createRescoreQueue } from "../../src/orders/rescore-queue.js";
import { createSite } from "../../src/sites/create-site.js";
import { BENCH_DATABASE, createBenchDatabase, dropBenchDatabase } from "../latency/database.js";
import { type Percentiles, percentiles } from "../latency/measure.js";
import { seedListHistory } from "../orders-list/seed-list.js";
import { searchTargets } from "../orders-list/targets.js";

// pnpm bench:console [--size 100000] [--requests 50] [--warmup 5] [--workers 2] [--keep]
// Server time of every console page (issue 16: under 100 ms with 100k orders stored), rendered by
// the in-process app over PostgreSQL, beside the API's primary-key read of one order in the same run.

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    size: { type: "string", default: "100000" },
    requests: { type: "string", default: "50" },
    warmup: { type: "string", default: "5" },
    workers: { type: "string", default: "2" },
    keep: { type: "boolean", default: false },
  },
});
const size = Number(args.size);
const requests = Number(args.requests);
const warmup = Number(args.warmup);
const SECRET = "bench-console-pages-secret-of-at-least-32-chars";
const ms = (n: number) => n.toFixed(1);

const bench = await createBenchDatabase();
try {
  const site = await createSite(bench.db, { name: "Console bench shop", origins: [] });
  const seeded = await seedListHistory(bench, site.siteId, SECRET, size, Number(args.workers));
  console.log(`[${size}] ${seeded.orders} orders seeded in ${seeded.seconds.toFixed(1)} s`);

  const config = parseConfig({ ...NO_RATE_LIMITS, SHINSA_ADMIN_TOKEN: "adm_bench_console_token" });
  const logger = createLogger();
  const background = createBackground((job, err) => logger.error({ job, err }, "background job failed"));
  const app = createApp({
    db: bench.db,
    config,
    sdkBundle: { body: "", etag: '"b"', built: true },
    now: () => new Date(),
    secret: SECRET,
    background,
    rescores: createRescoreQueue(),
    metrics: createMetrics(),
    logger,
  });
  // The owner's session, as a sign-in makes it (sign-in itself is slow on purpose: scrypt).
  const session = await startSession(bench.db, null, new Date());
  const cookie = `shinsa_session=${session.id}`;

  const call = async (path: string, form?: Record<string, string>) => {
    const started = performance.now();
    const res = form
      ? await app.request(path, {
          method: "POST",
          body: new URLSearchParams({ _csrf: session.csrfToken, ...form }),
          headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
        })
      : await app.request(path, {
          headers: path.startsWith("/v1/") ? { authorization: `Bearer ${site.secretKey}` } : { cookie },
        });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${text.slice(0, 300)}`);
    return { took: performance.now() - started, bytes: text.length, text };
  };
  const measure = async (path: string, form?: Record<string, string>): Promise<{ p: Percentiles; bytes: number }> => {
    for (let i = 0; i < warmup; i++) await call(path, form);
    const samples: number[] = [];
    let bytes = 0;
    for (let i = 0; i < requests; i++) {
      const r = await call(path, form);
      samples.push(r.took);
      bytes = r.bytes;
    }
    return { p: percentiles(samples), bytes };
  };

  const t = await searchTargets(bench.sql, site.siteId);
  const base = `/console/sites/${site.siteId}`;
  const [ringOrder] = await bench.sql<{ order_id: string }[]>`select order_id from orders
    where site_id = ${site.siteId} and ring_id = ${t.ringId} order by placed_at desc limit 1`;
  const pages: Array<[string, string, Record<string, string>?]> = [
    ["queue: awaiting review", base],
    ["queue: all, decision=reject", `${base}?view=all&decision=reject`],
    ["queue: search by an address written another way", `${base}?view=all&q=${encodeURIComponent(t.address)}`],
    ["order page (in a ring)", `${base}/orders/${encodeURIComponent(ringOrder?.order_id ?? t.orderId)}`],
    ["ring page", `${base}/rings/${t.ringId}`],
    ["dashboard (30 days), computed afresh", `${base}/dashboard?fresh=1`],
    ["dashboard (30 days), within its minute", `${base}/dashboard`],
    ["settings", `${base}/settings`],
    [
      "settings preview (30 days)",
      `${base}/settings/scoring`,
      { review: "60", reject: "85", forwarders: "", action: "preview" },
    ],
    ["CSV page", `${base}/csv`],
  ];
  const baseline = await measure(`/v1/orders/${encodeURIComponent(t.orderId)}`);
  console.log(`\n| page at ${size.toLocaleString("en")} orders | HTML | p50 | p99 |`);
  console.log("|---|---:|---:|---:|");
  console.log(
    `| baseline: GET /v1/orders/{id} (API, primary key) | | ${ms(baseline.p.p50)} ms | ${ms(baseline.p.p99)} ms |`,
  );
  let worst = 0;
  for (const [name, path, form] of pages) {
    const { p, bytes } = await measure(path, form);
    worst = Math.max(worst, p.p99);
    console.log(`| ${name} | ${(bytes / 1024).toFixed(0)} KB | ${ms(p.p50)} ms | ${ms(p.p99)} ms |`);
  }
  console.log(
    `\n${requests} requests per page after ${warmup} warm-up, one at a time, in-process app over PostgreSQL ${BENCH_DATABASE}; ` +
      `worst p99 ${ms(worst)} ms; load average ${loadavg()[0]?.toFixed(1)}.`,
  );
} finally {
  await bench.close();
  if (args.keep) console.log(`kept database ${BENCH_DATABASE}`);
  else await dropBenchDatabase();
}
