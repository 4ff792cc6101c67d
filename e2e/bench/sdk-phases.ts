// `pnpm --filter @shinsa/e2e bench:phases`: where Shinsa's time to token goes, phase by phase, over
// fresh contexts: script fetch, compile and run up to `shinsa:start`, the next task's signals up to
// `shinsa:sent`, the collect round trip (its server time read from Server-Timing), and the answer's
// parse up to `shinsa:token`. The last two lines are what `pnpm bench:sdk` calls "ms to id" from the
// library's start and from its request. Options: --loads=N (default 20), --db=pglite|postgres.
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium.js";
import { createSite, freePort, startCollector, startPageServer } from "./servers.js";

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const LOADS = Math.max(1, Number(arg("loads", "20")));
const DB = arg("db", "pglite");
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgres://root:root@127.0.0.1:5432/test";

type Phases = Record<string, number>;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
};

async function main() {
  const collector = await startCollector(await freePort(), DB === "postgres" ? DATABASE_URL : undefined);
  const files = new Map<string, { type: string; body: string }>();
  const pages = await startPageServer(files);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const site = await createSite(collector.origin, [pages.origin]);
    const scriptUrl = `${collector.origin}/sdk.js`;
    files.set("/p", {
      type: "text/html; charset=utf-8",
      body: `<!doctype html><html><head><meta charset="utf-8"><title>checkout</title></head><body>
<form data-shinsa action="/thanks" method="post"><input name="email" type="email"><button>注文する</button></form>
<script src="${scriptUrl}" data-site-key="${site.publicKey}" async></script></body></html>`,
    });
    const all: Phases[] = [];
    for (let i = 0; i <= LOADS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${pages.origin}/p`);
      await page.waitForFunction(() => performance.getEntriesByName("shinsa:token").length > 0, null, {
        timeout: 15_000,
        polling: 10,
      });
      const phases = await page.evaluate((url) => {
        // No named helpers in here: tsx would wrap them in a `__name` the page does not have.
        const marks = Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, m.startTime]));
        const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
        const script = resources.find((e) => e.name === url);
        const collect = resources.find((e) => e.name.endsWith("/v1/collect"));
        const server = collect?.serverTiming.find((t) => t.name === "collect")?.duration ?? Number.NaN;
        const s0 = script?.startTime ?? Number.NaN;
        return {
          "script fetch": (script?.responseEnd ?? Number.NaN) - s0,
          "to shinsa:start": (marks["shinsa:start"] ?? Number.NaN) - (script?.responseEnd ?? Number.NaN),
          "to shinsa:sent": (marks["shinsa:sent"] ?? Number.NaN) - (marks["shinsa:start"] ?? Number.NaN),
          "to request start": (collect?.startTime ?? Number.NaN) - (marks["shinsa:sent"] ?? Number.NaN),
          "collect round trip": (collect?.responseEnd ?? Number.NaN) - (collect?.startTime ?? Number.NaN),
          "  of which server": server,
          "to shinsa:token": (marks["shinsa:token"] ?? Number.NaN) - (collect?.responseEnd ?? Number.NaN),
          "from shinsa:start": (marks["shinsa:token"] ?? Number.NaN) - (marks["shinsa:start"] ?? Number.NaN),
          "from the request": (marks["shinsa:token"] ?? Number.NaN) - s0,
        };
      }, scriptUrl);
      if (i > 0) all.push(phases);
      await context.close();
    }
    console.log(`Shinsa time to token by phase, median of ${LOADS} fresh contexts, collector on ${collector.database}`);
    for (const name of Object.keys(all[0] ?? {})) {
      const values = all.map((p) => p[name] ?? Number.NaN);
      console.log(
        `${name.padEnd(20)} ${median(values).toFixed(1).padStart(7)} ms   (${values.map((v) => v.toFixed(0)).join(" ")})`,
      );
    }
  } finally {
    await browser.close();
    pages.server.close();
    await collector.stop();
  }
}

await main();
