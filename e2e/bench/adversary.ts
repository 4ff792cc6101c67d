import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { table } from "../adversary/report.js";
import { runAdversaries } from "../adversary/run.js";
import { techniques } from "../adversary/techniques/index.js";
import { CHROMIUM_PATH } from "../chromium.js";
import { createSite, freePort, startCollector } from "./servers.js";

// `pnpm bench:adversary [--visits=N] [--only=substring]`: every public anti-detect technique and
// the honest controls against a real collector, one table (docs/benchmarks/adversary.md).

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const visits = Number(arg("visits") ?? 10);
const only = arg("only");
// --json=FILE keeps every visit's token answer, to see which signal told what.
const json = arg("json");

const started = Date.now();
const collector = await startCollector(await freePort(), undefined);
try {
  const chosen = techniques.filter((t) => t.kind === "control" || !only || t.name.includes(only));
  const { rows, summaries } = await runAdversaries({
    collector: collector.origin,
    createSite: (origin) => createSite(collector.origin, [origin]),
    techniques: chosen,
    visits: () => visits,
    log: (line) => console.error(line),
  });
  if (json) {
    const raw = rows.map((r) => ({ technique: r.technique.name, ...r.outcome }));
    writeFileSync(json, JSON.stringify(raw, null, 1));
  }
  const chromium = execFileSync(CHROMIUM_PATH, ["--version"]).toString().trim();
  console.log(`Shinsa adversary benchmark, ${new Date().toISOString().slice(0, 16)} UTC`);
  console.log(
    `${chromium}, headed under Xvfb; Node ${process.version}; collector on ${collector.database}; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  console.log("");
  console.log(table(summaries));
  console.log("");
  for (const t of chosen) console.log(`- ${t.name}: ${t.what}`);
  console.log(`\ntook ${Math.round((Date.now() - started) / 1000)} s`);
} finally {
  await collector.stop();
}
