import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { atPrevalence, type Figures, num, pct, printRows, QUALITY_GOALS, REAL_PREVALENCE } from "./report.js";

// pnpm bench:quality:seeds [--seeds 1-5] [--orders 2000] [--fraud-share 0.01]
// The quality bench on every seed, with device tokens and without (a shop that only sends orders),
// one run.ts process per stream; prints each figure per seed beside issue 14's goals, so a goal is
// judged on its worst seed and not on a lucky one. The baseline column is the naive exact-match
// rule set on the same streams.

const { values } = parseArgs({
  options: {
    seeds: { type: "string", default: "1-5" },
    orders: { type: "string", default: "2000" },
    "fraud-share": { type: "string" },
  },
});
const [from = 1, to = from] = values.seeds.split("-").map(Number);
const seeds = Array.from({ length: to - from + 1 }, (_, i) => from + i);

interface Summary {
  seed: number;
  devices: boolean;
  orders: number;
  fraud: number;
  blind: Figures;
  taught: Figures;
  baseline: Figures;
}

const dir = mkdtempSync(join(tmpdir(), "shinsa-quality-"));
const runs: Summary[] = [];
try {
  for (const devices of [true, false]) {
    for (const seed of seeds) {
      const file = join(dir, `${seed}-${devices}.json`);
      const args = ["--import", "tsx", "bench/quality/run.ts", "--seed", String(seed), "--orders", values.orders];
      if (!devices) args.push("--no-devices");
      if (values["fraud-share"]) args.push("--fraud-share", values["fraud-share"]);
      args.push("--summary", file);
      const started = Date.now();
      const run = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"] });
      if (run.status !== 0) throw new Error(`seed ${seed}${devices ? "" : " without devices"} failed (${run.status})`);
      runs.push(JSON.parse(readFileSync(file, "utf8")) as Summary);
      console.error(
        `seed ${seed} ${devices ? "with" : "without"} device tokens: ${((Date.now() - started) / 1000).toFixed(0)} s`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const ROWS: [string, (f: Figures) => number, (x: number) => string, string][] = [
  ["ROC AUC", (f) => f.auc, num, QUALITY_GOALS.auc],
  ["fraud recall", (f) => f.fraudRecall, pct, QUALITY_GOALS.fraudRecall],
  ["legit FPR", (f) => f.legitFpr, pct, QUALITY_GOALS.legitFpr],
  ["stolen-card recall", (f) => f.stolenCardRecall, pct, QUALITY_GOALS.stolenCardRecall],
  ["account-takeover recall", (f) => f.takeoverRecall, pct, ""],
  ["rings' first orders caught", (f) => f.ringFirstRecall, pct, ""],
  ["accounts posing as a family caught", (f) => f.posingFamilyRecall, pct, ""],
  ["family not accepted", (f) => f.familyFpr, pct, QUALITY_GOALS.trap],
  ["device collision not accepted", (f) => f.collisionFpr, pct, QUALITY_GOALS.trap],
  ["neighbours not accepted", (f) => f.neighbourFpr, pct, QUALITY_GOALS.trap],
  ["a release's crowd not accepted", (f) => f.crowdFpr, pct, QUALITY_GOALS.trap],
  ["pick-up/office/gift not accepted", (f) => f.elsewhereFpr, pct, QUALITY_GOALS.trap],
  ["takeover victims not accepted", (f) => f.victimFpr, pct, QUALITY_GOALS.trap],
  ["carrier switchers not accepted", (f) => f.switchFpr, pct, QUALITY_GOALS.trap],
  ["ring pairs F1", (f) => f.ring.f1, num, QUALITY_GOALS.ringF1],
  ["at 1%: orders not accepted", (f) => atPrevalence(f, REAL_PREVALENCE).flagged, pct, QUALITY_GOALS.flagged],
  ["at 1%: precision", (f) => atPrevalence(f, REAL_PREVALENCE).precision, pct, QUALITY_GOALS.precision],
];

for (const devices of [true, false]) {
  const mine = runs.filter((r) => r.devices === devices);
  console.log(
    `\n${devices ? "With" : "Without"} device tokens, before shipping, no feedback (Shinsa per seed; baseline's range)`,
  );
  const header = ["figure", ...mine.map((r) => `seed ${r.seed}`), "baseline", "goal"];
  const rows = ROWS.map(([label, get, show, goal]) => {
    const base = mine.map((r) => get(r.baseline));
    return [
      label,
      ...mine.map((r) => show(get(r.blind))),
      `${show(Math.min(...base))}–${show(Math.max(...base))}`,
      goal,
    ];
  });
  printRows(header, rows);
}
const withFb = runs.filter((r) => r.devices);
console.log(
  `\nWith the merchant's labels (Shinsa+fb), with device tokens: fraud recall ${withFb.map((r) => pct(r.taught.fraudRecall)).join(", ")}; legit FPR ${withFb.map((r) => pct(r.taught.legitFpr)).join(", ")}`,
);
