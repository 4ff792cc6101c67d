import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import type { OrderRequest } from "@shinsa/shared";
import { type Backend, createBenchSite, startCollectorProcess } from "../process/collector-process.js";
import { generateStream } from "../quality/generator.js";
import { ordersToCsv } from "./orders-csv.js";

// pnpm bench:import [--rows 30000] [--backends pglite,postgres] [--pace-ms 50]
// Issue 15: "a CSV import never blocks scoring". The collector runs as its own process; a shop's
// checkouts (POST /v1/orders, one at a time with a pause between, as a busy shop's server sends
// them) and a load balancer's /healthz probes are timed first alone, then while one big CSV import
// of the same kind of orders runs. The alone figures are the baseline, taken in the same run.

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    rows: { type: "string", default: "30000" },
    backends: { type: "string", default: "pglite,postgres" },
    "pace-ms": { type: "string", default: "50" },
    "baseline-orders": { type: "string", default: "300" },
  },
});
const rows = Number(args.rows);
const pace = Number(args["pace-ms"]);
const baselineOrders = Number(args["baseline-orders"]);
const backends = args.backends.split(",") as Backend[];

const stream = generateStream({ seed: 11, orders: rows + 3_000 }).orders.map((o) => o.request);
const imported = stream.slice(0, rows);
// Checkouts are other orders of the same stream, renamed so that they never meet an imported id.
const checkouts = stream.slice(rows).map((o, i) => ({ ...o, orderId: `CHK-${i}` }));
const csv = new TextEncoder().encode(ordersToCsv(imported));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Timings {
  ms: number[];
  failures: number;
}

function summary(t: Timings) {
  const sorted = [...t.ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { n: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted.at(-1) ?? Number.NaN, failures: t.failures };
}

/** Checkouts one after another, `pace` ms apart, until `until` says stop. */
async function checkoutLoop(origin: string, key: string, next: () => OrderRequest, until: () => boolean) {
  const t: Timings = { ms: [], failures: 0 };
  while (!until()) {
    const order = next();
    const t0 = performance.now();
    const res = await fetch(`${origin}/v1/orders`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify(order),
    }).catch(() => undefined);
    const ms = performance.now() - t0;
    if (res?.status === 200) t.ms.push(ms);
    else t.failures++;
    await res?.arrayBuffer();
    await sleep(pace);
  }
  return t;
}

/** What a load balancer sees: a probe every 200 ms, its answer time. */
async function probeLoop(origin: string, until: () => boolean) {
  const t: Timings = { ms: [], failures: 0 };
  while (!until()) {
    const t0 = performance.now();
    const res = await fetch(`${origin}/healthz`).catch(() => undefined);
    const ms = performance.now() - t0;
    if (res?.ok) t.ms.push(ms);
    else t.failures++;
    await res?.arrayBuffer();
    await sleep(200);
  }
  return t;
}

interface Row {
  backend: Backend;
  phase: string;
  checkout: ReturnType<typeof summary>;
  probe: ReturnType<typeof summary>;
  note: string;
}

async function measure(backend: Backend): Promise<Row[]> {
  const collector = await startCollectorProcess(backend, "shinsa_bench_import");
  try {
    const { secretKey } = await createBenchSite(collector.origin, "import bench");
    let n = 0;
    const next = () => {
      const order = checkouts[n++ % checkouts.length] as OrderRequest;
      return n > checkouts.length ? { ...order, orderId: `${order.orderId}-${n}` } : order;
    };

    // The first orders build caches (settings, each city's town list): not what a shop lives with.
    await checkoutLoop(collector.origin, secretKey, next, () => n >= 30);

    // Alone: the baseline.
    let stop = false;
    const probe0 = probeLoop(collector.origin, () => stop);
    const start = n;
    const alone = await checkoutLoop(collector.origin, secretKey, next, () => n - start >= baselineOrders);
    stop = true;
    const aloneProbe = await probe0;

    // Beside one import of the whole file.
    let importing = true;
    const t0 = performance.now();
    // Progress lines (NDJSON) keep a 30,000-row answer from hitting fetch's 300 s header timeout.
    const upload = fetch(`${collector.origin}/v1/orders/import`, {
      method: "POST",
      headers: { authorization: `Bearer ${secretKey}`, "content-type": "text/csv", accept: "application/x-ndjson" },
      body: csv,
    }).then(async (res) => {
      const body = await res.text();
      importing = false;
      const seconds = (performance.now() - t0) / 1000;
      const last = JSON.parse(body.trim().split("\n").at(-1) ?? "{}");
      return {
        status: res.status,
        result: last.result as { orders: number; errors: number } | undefined,
        body,
        seconds,
      };
    });
    const probe1 = probeLoop(collector.origin, () => !importing);
    const during = await checkoutLoop(collector.origin, secretKey, next, () => !importing);
    const duringProbe = await probe1;
    const result = await upload;
    if (result.status !== 200 || !result.result) {
      throw new Error(`the import answered ${result.status}: ${result.body.slice(-500)}`);
    }
    const { orders, errors } = result.result;
    const rate = `${orders} orders in ${result.seconds.toFixed(0)} s (${(orders / result.seconds).toFixed(0)}/s), ${errors} rows with an error, collector RSS ${(await collector.rssMb()).toFixed(0)} MB`;
    return [
      { backend, phase: "checkouts alone", checkout: summary(alone), probe: summary(aloneProbe), note: "" },
      { backend, phase: "during the import", checkout: summary(during), probe: summary(duringProbe), note: rate },
    ];
  } finally {
    await collector.stop();
  }
}

const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : "–");
console.log(
  `bench:import — ${rows} rows (${(csv.length / 1e6).toFixed(1)} MB) imported while checkouts run every ${pace} ms; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
const table: Row[] = [];
for (const backend of backends) {
  console.log(`measuring on ${backend}…`);
  table.push(...(await measure(backend)));
}
console.log(
  "\n| backend | phase | checkouts | checkout p50 ms | p99 ms | max ms | failed | /healthz probes | p99 ms | max ms | import |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const r of table) {
  console.log(
    `| ${r.backend} | ${r.phase} | ${r.checkout.n} | ${ms(r.checkout.p50)} | ${ms(r.checkout.p99)} | ${ms(r.checkout.max)} | ${r.checkout.failures} | ${r.probe.n} | ${ms(r.probe.p99)} | ${ms(r.probe.max)} | ${r.note} |`,
  );
}
console.log(
  `load average at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
