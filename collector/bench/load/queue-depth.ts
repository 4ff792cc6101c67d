// pnpm --filter @shinsa/collector bench:load:queue
// Orders as the load soak posts them (one name, 40 addresses, so each links to earlier ones and
// queues a re-score of them), 5 connections for 150 s on PostgreSQL, and every 10 s what /metrics
// says of the background queue and the heap beside the process's RSS: a queue that only climbs
// while orders arrive is re-scoring outrun by intake (docs/benchmarks/load.md, "Longer soaks").
import autocannon from "autocannon";
import { createBenchSite, startCollectorProcess } from "../process/collector-process.js";
import { ordering } from "./orders-request.js";

const collector = await startCollectorProcess("postgres", "shinsa_bench_queue_depth");
const site = await createBenchSite(collector.origin, "queue-depth");
let n = 0;
const run = autocannon({ ...ordering(collector.origin, site, () => n++), connections: 5, duration: 150 });
for (let t = 0; t <= 170; t += 10) {
  const metric = await collector.metrics();
  console.log(
    `t=${t}s orders=${n} jobs=${metric("shinsa_background_jobs_pending")} rescoresPending=${metric("shinsa_rescores_pending")} heapUsedMB=${(metric("shinsa_nodejs_heap_size_used_bytes") / 1e6).toFixed(0)} rssMB=${(await collector.rssMb()).toFixed(0)}`,
  );
  await new Promise((r) => setTimeout(r, 10_000));
}
await run;
await collector.stop();
process.exit(0);
