import { execFileSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { NormalizedAddress } from "../../src/normalize/index.js";
import * as ours from "../../src/normalize/index.js";
import { type Figures, type Linker, type Measure, measure, percent } from "./metrics.js";
import { type AddressSide, readPairs } from "./pairs.js";
import { TODAY_COMMIT, todayNormaliserPath } from "./today.js";

// pnpm bench:normalize [--pairs ../shared/data/jp-variant-pairs.json] [--seconds 2]
// Measures today's normaliser (issue 13's starting point, taken from git) and the current one on
// the same public pairs in one run: merges of one place written two ways, two places kept apart,
// kanji-variant names; then throughput on one core and, in fresh processes, start-up time and RSS.

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    pairs: { type: "string", default: join(here, "../../../../shared/data/jp-variant-pairs.json") },
    seconds: { type: "string", default: "2" },
  },
});

type Normalise = (input: {
  address: string;
  postalCode?: string | null;
  building?: string | null;
}) => NormalizedAddress;

/** Scoring's shippingAddress identifier: a town and a block at least, and (when the normaliser says so) a sure room. */
function strongUnitOf(n: NormalizedAddress): string | null {
  if (n.level < 2 || !n.block) return null;
  if ("unitConfident" in n && n.unitConfident === false) return null;
  return n.unitKey;
}

function linkerOf(normalise: Normalise, nameKey: (name: string) => string): Linker {
  const cache = new Map<string, NormalizedAddress>();
  const parse = (side: AddressSide) => {
    const key = `${side.postalCode ?? ""}\u0000${side.address}\u0000${side.building ?? ""}`;
    let n = cache.get(key);
    if (!n) {
      n = normalise({ address: side.address, postalCode: side.postalCode ?? null, building: side.building ?? null });
      cache.set(key, n);
    }
    return n;
  };
  return {
    household: (side) => {
      const n = parse(side);
      return n.level > 0 ? n.householdKey : null;
    },
    strongUnit: (side) => strongUnitOf(parse(side)),
    nameKey,
  };
}

const set = readPairs(resolve(values.pairs));
const today = await import(pathToFileURL(todayNormaliserPath()).href);
const results: Record<"today" | "ours", Figures> = {
  today: measure(linkerOf(today.normalizeAddress, today.nameKey), set.addressPairs, set.namePairs),
  ours: measure(linkerOf(ours.normalizeAddress, ours.nameKey), set.addressPairs, set.namePairs),
};

const MEASURES: [Measure, string][] = [
  ["sameHousehold", "same household, one key"],
  ["sameUnit", "same unit, one strong key"],
  ["apartHousehold", "different households kept apart"],
  ["apartUnit", "different units, no strong link"],
  ["sameName", "MJ variant names, one key"],
];

console.log(`normalize bench: ${set.addressPairs.length} address pairs, ${set.namePairs.length} name pairs`);
console.log(`today = normaliser at ${TODAY_COMMIT}; ours = this tree\n`);
console.log("| measure | class | pairs | today | ours |\n| --- | --- | ---: | ---: | ---: |");
for (const [m, label] of MEASURES) {
  const classes = [...results.ours[m].keys()].sort((x, y) => (x === "all" ? -1 : y === "all" ? 1 : x.localeCompare(y)));
  for (const name of classes) {
    if (m === "sameName" && name !== "all") continue;
    const t = results.today[m].get(name);
    const o = results.ours[m].get(name);
    const row = `| ${name === "all" ? `**${label}**` : ""} | ${name === "all" ? "all" : name} | ${o?.total ?? 0} | ${percent(t)} | ${percent(o)} |`;
    console.log(name === "all" ? row.replace(/\| ([\d.]+ %|–) \| ([\d.]+ %|–) \|$/, "| **$1** | **$2** |") : row);
  }
}

// Throughput: every distinct address of the set, over and over, for a fixed time, one thread.
const inputs = [...new Set(set.addressPairs.flatMap((p) => [p.a.address, p.b.address]))];
function throughput(normalise: Normalise): string {
  for (const address of inputs) normalise({ address });
  const seconds = Number(values.seconds);
  let done = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  while (performance.now() - started < seconds * 1000) {
    for (const address of inputs) normalise({ address });
    done += inputs.length;
  }
  const wall = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  // Per CPU second too: on a shared machine the wall clock also counts others' work.
  return `${Math.round(done / wall)} addresses/s (${Math.round(done / ((cpu.user + cpu.system) / 1e6))} per CPU second)`;
}
console.log(`\nthroughput (${inputs.length} distinct addresses, one core):`);
console.log(`  today ${throughput(today.normalizeAddress)}`);
console.log(`  ours  ${throughput(ours.normalizeAddress)}`);

console.log("\nstart-up (import, warmAddressData, one address; fresh process each):");
for (const which of ["today", "ours"]) {
  const out = execFileSync(process.execPath, ["--import", "tsx", join(here, "startup.ts"), which], {
    encoding: "utf8",
  });
  const { ms, cpuMs, rssMb } = JSON.parse(out) as { ms: number; cpuMs: number; rssMb: number };
  console.log(`  ${which.padEnd(5)} ${ms} ms (${cpuMs} ms CPU), +${rssMb} MB RSS`);
}
