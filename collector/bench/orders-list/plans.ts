import type { BenchDatabase } from "../latency/database.js";
import { explain } from "../latency/explain.js";

// Which indexes a list query used: EXPLAIN ANALYZE of the last statement drizzle sent while the
// request ran, with its parameters, reduced to its scans. A "Seq Scan on orders" here would mean
// a search read the requests one by one; the issue asks for none.

export async function scansOf(bench: BenchDatabase, request: () => Promise<unknown>): Promise<string> {
  bench.capture.on = true;
  await request();
  bench.capture.on = false;
  const plan = await explain(bench.sql, bench.capture.query, bench.capture.params);
  const scans = new Set<string>();
  for (const line of plan) {
    const scan = /(Index Only Scan|Index Scan|Bitmap Index Scan|Seq Scan)( Backward)? (?:using (\w+) )?on (\w+)/.exec(
      line,
    );
    if (scan) scans.add(`${scan[1]}${scan[2] ?? ""} ${scan[3] ?? scan[4]}`);
  }
  return [...scans].join(", ");
}
