import { openBenchDatabase } from "./database.js";
import { explainNeighbours } from "./explain.js";

// cd collector && node --import tsx bench/latency/explain-one.ts ORDER_ID, on a kept database:
// EXPLAIN (ANALYZE, BUFFERS) of the history read for one stored order, as bench:latency prints it.

const orderId = process.argv[2] ?? "";
const bench = await openBenchDatabase();
try {
  const [site] = await bench.sql<{ id: string }[]>`select id from sites limit 1`;
  if (!site) throw new Error("no site: run bench:latency --keep first");
  for (let run = 0; run < 3; run++) {
    const plan = await explainNeighbours(bench, site.id, orderId);
    if (run < 2) continue;
    console.log(`order ${plan.orderId} (${plan.identifiers} identifiers): ${plan.planning}; ${plan.execution}`);
    for (const l of plan.plan) console.log(`  ${l}`);
  }
} finally {
  await bench.close();
}
