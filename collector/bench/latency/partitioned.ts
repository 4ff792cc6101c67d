import { spawnSync } from "node:child_process";

// pnpm bench:latency:partitioned [--partitions 16] [bench:latency's options]
// The latency bench twice, one run after the other on the same machine: plain tables, then the
// per-site tables hash-partitioned by site_id as Citus would shard them (docs/scaling.md). The
// plain run is the baseline the partitioned one is read against.

const args = process.argv.slice(2).filter((a) => a !== "--");
const at = args.indexOf("--partitions");
const partitions = at >= 0 ? (args.splice(at, 2)[1] ?? "16") : "16";
for (const layout of ["0", partitions]) {
  console.log(`\n=== ${layout === "0" ? "plain tables (baseline)" : `${partitions} partitions per table`} ===`);
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "bench/latency/main.ts", ...args, "--partitions", layout],
    {
      stdio: "inherit",
    },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
}
