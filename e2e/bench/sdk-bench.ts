// `pnpm bench:sdk`: Shinsa beside FingerprintJS, ThumbmarkJS and BotD in one run of real Chromium.
// Sizes of the bundle each ships; time from the script's request to an id over fresh contexts;
// the longest main-thread task; and how many ids one machine gets under emulation profiles.
// Everything runs on 127.0.0.1 and stops by itself. Options: --loads=N (default 20),
// --db=pglite|postgres (PostgreSQL at BENCH_DATABASE_URL, default the machine's `test` database).
import { cpus } from "node:os";
import { type BrowserContextOptions, chromium } from "@playwright/test";
import type { TokenResponse } from "@shinsa/shared";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium.js";
import { floorLibrary, loadLibraries, sizesOf } from "./bundles.js";
import { freshLoad, type Identity, identify, identifyAcrossClearing, type Load, type Target } from "./measure.js";
import { createSite, freePort, startCollector, startPageServer } from "./servers.js";

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const LOADS = Math.max(1, Number(arg("loads", "20")));
/** Also list every long task of every library's loads, with the library's code and the marks in it. */
const WHY = process.argv.includes("--why");
const DB = arg("db", "pglite");
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgres://root:root@127.0.0.1:5432/test";

// One machine, seen through the emulation a reseller rotates between orders.
const WINDOWS_UA =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const PROFILES: [string, BrowserContextOptions][] = [
  ["default", {}],
  ["user agent", { userAgent: WINDOWS_UA }],
  ["locale", { locale: "ja-JP" }],
  ["timezone", { timezoneId: "Asia/Tokyo" }],
  ["screen", { viewport: { width: 1366, height: 768 }, screen: { width: 1366, height: 768 }, deviceScaleFactor: 2 }],
  ["touch", { hasTouch: true }],
];

const page = (head: string, script: string) => `<!doctype html><html><head><meta charset="utf-8"><title>checkout</title>
${head}</head><body>
<form data-shinsa action="/thanks" method="post"><input name="email" type="email"><button>注文する</button></form>
${script}
</body></html>`;

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
};
const round = (n: number) => (Number.isFinite(n) ? String(Math.round(n)) : "–");
const distinct = (values: (string | undefined)[]) => new Set(values).size;

async function main() {
  const started = Date.now();
  const libraries = await loadLibraries();
  const collector = await startCollector(await freePort(), DB === "postgres" ? DATABASE_URL : undefined);
  const files = new Map<string, { type: string; body: string }>();
  const pages = await startPageServer(files);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const site = await createSite(collector.origin, [pages.origin]);
    libraries.unshift(floorLibrary(collector.origin, site.publicKey));
    const lookUp = async (token: string) => {
      const res = await fetch(`${collector.origin}/v1/tokens/${token}`, {
        headers: { authorization: `Bearer ${site.secretKey}` },
      });
      if (!res.ok) throw new Error(`token lookup: ${res.status}`);
      return (await res.json()) as TokenResponse;
    };
    const targets: Target[] = libraries.map((lib, i) => {
      if (!lib.run) {
        const scriptUrl = `${collector.origin}/sdk.js`;
        files.set(`/p${i}`, {
          type: "text/html; charset=utf-8",
          body: page("", `<script src="${scriptUrl}" data-site-key="${site.publicKey}" async></script>`),
        });
        return { name: lib.name, url: `${pages.origin}/p${i}`, scriptUrl, lookUp };
      }
      files.set(`/lib${i}.js`, { type: "text/javascript", body: lib.code });
      const head = `<script>function __done(id){window.__bench={id:String(id),at:performance.now()}}
function __run(){window.__benchStart=performance.now();${lib.run}}</script>`;
      files.set(`/p${i}`, {
        type: "text/html; charset=utf-8",
        body: page(head, `<script src="/lib${i}.js" async onload="__run()"></script>`),
      });
      return { name: lib.name, url: `${pages.origin}/p${i}`, scriptUrl: `${pages.origin}/lib${i}.js` };
    });

    // One load each to start the browser's processes, not counted; then rounds that take each
    // library in turn, so the machine's noise falls on all of them alike.
    for (const t of targets) await freshLoad(browser, t);
    const loads = new Map<string, Load[]>(targets.map((t) => [t.name, []]));
    for (let round = 0; round < LOADS; round++) {
      for (const t of targets) loads.get(t.name)?.push(await freshLoad(browser, t));
    }

    const ids = new Map<string, Identity[]>();
    const again = new Map<string, Identity>();
    const cleared = new Map<string, [Identity, Identity]>();
    for (const [i, t] of targets.entries()) {
      if (libraries[i]?.identifies === false) continue;
      const found: Identity[] = [];
      for (const [, options] of PROFILES) found.push(await identify(browser, t, options));
      ids.set(t.name, found);
      again.set(t.name, await identify(browser, t));
      cleared.set(t.name, await identifyAcrossClearing(browser, t));
    }

    const lines: string[] = [];
    const out = (s = "") => lines.push(s);
    out(`Shinsa SDK benchmark, ${new Date().toISOString().slice(0, 10)}`);
    out(
      `Chromium ${browser.version()} headless, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}; ` +
        `collector on ${collector.database}; ${LOADS} fresh contexts per library`,
    );
    out();
    out(
      "| library | bundle | min B | gzip B | brotli B | ms to id from its start, median | p90 | ms to id from its request, median | p90 | longest task, median / max ms | loads with a task > 50 ms | … with its own code ≥ 5 ms in it | requests off 127.0.0.1 |",
    );
    out("| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |");
    for (const [i, t] of targets.entries()) {
      const lib = libraries[i];
      const l = loads.get(t.name) ?? [];
      const s = sizesOf(lib?.code ?? "");
      const ms = l.map((x) => x.ms);
      const own = l.map((x) => x.ownMs);
      const tasks = l.map((x) => x.longestTaskMs);
      out(
        `| ${t.name} | ${lib?.source} | ${s.min} | ${s.gzip} | ${s.brotli} | ${round(quantile(own, 0.5))} | ${round(quantile(own, 0.9))} | ` +
          `${round(quantile(ms, 0.5))} | ${round(quantile(ms, 0.9))} | ` +
          `${round(quantile(tasks, 0.5))} / ${round(Math.max(...tasks))} | ${tasks.filter((x) => x > 50).length} of ${l.length} | ` +
          `${l.filter((x) => x.longTasks.some((task) => task.ownMs >= 5)).length} of ${l.length} | ` +
          `${l.reduce((n, x) => n + x.offLoopback, 0)} |`,
      );
    }
    out();
    out(
      "Floor: a script that only POSTs an empty payload to the collector; its long tasks are the machine's. " +
        "Own code: LoAF script attribution (Chrome lists scripts that ran over 5 ms in a long frame).",
    );
    if (WHY) {
      for (const t of targets) {
        const l = loads.get(t.name) ?? [];
        for (const [n, x] of l.entries()) {
          for (const task of x.longTasks) {
            out(
              `- ${t.name}, load ${n + 1}: ${Math.round(task.ms)} ms task at ${Math.round(task.at)} ms (id at ${Math.round(x.ownMs)} ms); own code: ${task.where.join("; ") || "none over 5 ms"}${task.marks.length ? `; marks: ${task.marks.join(", ")}` : ""}`,
            );
          }
        }
      }
    }
    out();
    out(`Profiles on this one machine: ${PROFILES.map(([name]) => name).join(", ")}.`);
    out();
    out("| id | distinct ids over the profiles | same id in another fresh context | same id with storage cleared |");
    out("| --- | --: | --- | --- |");
    for (const t of targets) {
      const found = ids.get(t.name);
      if (!found) continue;
      const base = found[0];
      const [before, after] = cleared.get(t.name) ?? [];
      const keys: (keyof Identity)[] = t.lookUp ? ["deviceId", "hardwareId", "visitorId"] : ["id"];
      for (const key of keys) {
        const label = t.lookUp ? `${t.name} ${key}` : t.name.startsWith("BotD") ? `${t.name} (verdict, no id)` : t.name;
        out(
          `| ${label} | ${distinct(found.map((f) => f[key]))} of ${found.length} | ${base?.[key] === again.get(t.name)?.[key] ? "yes" : "no"} | ` +
            `${before?.[key] === after?.[key] ? "yes" : "no"} |`,
        );
      }
    }
    out();
    out(`took ${Math.round((Date.now() - started) / 1000)} s`);
    console.log(lines.join("\n"));
  } finally {
    await browser.close();
    pages.server.close();
    await collector.stop();
  }
}

await main();
