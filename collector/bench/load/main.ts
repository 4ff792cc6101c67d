import { spawn } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { CHROME_UA, devicePayload } from "../../src/testing/test-app.js";
import {
  type Backend,
  type CollectorProcess,
  createBenchSite,
  startCollectorProcess,
} from "../process/collector-process.js";
import { ordering, type Site } from "./orders-request.js";

// pnpm bench:load [--seconds 10] [--connections 10] [--backends pglite,postgres] [--soak 300]
// Issue 15's load goal: /v1/collect ≥ 0.5× a bare node:http JSON endpoint with zero errors, and a
// soak with flat memory. Each target runs as its own process on loopback; autocannon drives it
// from this one. The bare endpoint is measured in the same run, right before, as the baseline.

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    backends: { type: "string", default: "pglite,postgres" },
    soak: { type: "string", default: "0" },
  },
});
const seconds = Number(args.seconds);
const connections = Number(args.connections);
const soakSeconds = Number(args.soak);
const ORIGIN = "https://shop.example";
const COLLECT_HEADERS = { "content-type": "text/plain;charset=UTF-8", origin: ORIGIN, "user-agent": CHROME_UA };

/** The tests' Chrome-on-Windows payload, as a new page view each time (its own session, a varied canvas). */
const collectBody = (publicKey: string, n: number) => {
  const page = devicePayload(publicKey);
  return JSON.stringify({
    ...page,
    sessionId: `sess_load_${n}_0123456789`,
    signals: { ...page.signals, canvas: `c${n % 500}` },
  });
};

/**
 * autocannon posting page views' signals: 1,000 distinct page views, built before the run, in turn.
 * Each post is a new token all the same; built ahead, autocannon sends them as cheaply as the bare
 * endpoint's one body, so the two cores it shares with the collector are shared alike in both.
 */
const collecting = (origin: string, site: Site, next: () => number): autocannon.Options => ({
  url: `${origin}/v1/collect`,
  requests: Array.from({ length: 1000 }, () => ({
    method: "POST" as const,
    headers: COLLECT_HEADERS,
    body: collectBody(site.publicKey, next()),
  })),
});

interface Figures {
  target: string;
  /** The collector's own CPU per answered request, in µs (NaN for the bare endpoint). */
  cpuMicros: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
}

async function cannon(target: string, options: autocannon.Options, collector?: CollectorProcess): Promise<Figures> {
  const cpuBefore = (await collector?.cpuSeconds()) ?? Number.NaN;
  const result = await autocannon({ connections, duration: seconds, ...options });
  const cpuAfter = (await collector?.cpuSeconds()) ?? Number.NaN;
  return {
    target,
    cpuMicros: ((cpuAfter - cpuBefore) * 1e6) / Math.max(1, result.requests.total),
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

async function startBare(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", fileURLToPath(new URL("./bare-server.ts", import.meta.url))],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on("data", (d: Buffer) => {
      const m = /listening (\d+)/.exec(String(d));
      if (m) resolve(Number(m[1]));
    });
    child.on("exit", () => reject(new Error("the bare server exited")));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill("SIGTERM") };
}

async function measureBackend(backend: Backend): Promise<Figures[]> {
  const collector = await startCollectorProcess(backend, "shinsa_bench_load");
  try {
    const site = await createBenchSite(collector.origin, "load bench");
    let n = 0;
    const next = () => n++;
    // Warm: the first requests build caches and prepare statements.
    await cannon("warm-up", { ...collecting(collector.origin, site, next), duration: 2 });
    const collect = await cannon(`${backend}: POST /v1/collect`, collecting(collector.origin, site, next), collector);
    // Tokens to look up: what a shop's server asks at checkout.
    const tokens: string[] = [];
    for (let i = 0; i < 200; i++) {
      const res = await fetch(`${collector.origin}/v1/collect`, {
        method: "POST",
        headers: COLLECT_HEADERS,
        body: collectBody(site.publicKey, next()),
      });
      tokens.push(((await res.json()) as { token: string }).token);
    }
    const auth = { authorization: `Bearer ${site.secretKey}` };
    const lookup = await cannon(
      `${backend}: GET /v1/tokens/{t}`,
      {
        url: collector.origin,
        requests: [
          {
            method: "GET",
            headers: auth,
            setupRequest: (r) => ({ ...r, path: `/v1/tokens/${tokens[n++ % tokens.length]}` }),
          },
        ],
      },
      collector,
    );
    const orders = await cannon(`${backend}: POST /v1/orders`, ordering(collector.origin, site, next), collector);
    if (soakSeconds > 0) await soak(collector, site, next);
    return [collect, lookup, orders];
  } finally {
    await collector.stop();
  }
}

/** Signals and orders at once for a while; the collector's resident memory every 10 s. */
async function soak(collector: CollectorProcess, site: Site, next: () => number) {
  console.log(`soak on ${collector.backend}: ${soakSeconds} s of /v1/collect and /v1/orders together…`);
  const samples: Array<{ at: number; rss: number; heap: number; rescores: number }> = [];
  const started = Date.now();
  // Beside RSS, what the process says of itself: the heap in use, and the re-score queue, so a climb
  // can be told apart (V8 keeping pages, or work piling up).
  const sampler = setInterval(async () => {
    const metric = await collector.metrics();
    samples.push({
      at: (Date.now() - started) / 1000,
      rss: await collector.rssMb(),
      heap: metric("shinsa_nodejs_heap_size_used_bytes") / 1e6,
      rescores: metric("shinsa_rescores_pending"),
    });
  }, 10_000);
  const halfEach = { connections: Math.max(1, connections / 2), duration: soakSeconds };
  const both = await Promise.all([
    autocannon({ ...collecting(collector.origin, site, next), ...halfEach }),
    autocannon({ ...ordering(collector.origin, site, next), ...halfEach }),
  ]);
  clearInterval(sampler);
  const errors = both.reduce((s, r) => s + r.errors + r.timeouts + r.non2xx, 0);
  const total = both.reduce((s, r) => s + r.requests.total, 0);
  const half = Math.floor(samples.length / 2);
  const mean = (xs: typeof samples) => xs.reduce((s, x) => s + x.rss, 0) / Math.max(1, xs.length);
  console.log(
    `| ${collector.backend} soak | ${total} requests | ${errors} errors | RSS (MB) every 10 s: ${samples.map((s) => s.rss.toFixed(0)).join(" ")} |`,
  );
  console.log(
    `  first half mean ${mean(samples.slice(0, half)).toFixed(0)} MB, second half ${mean(samples.slice(half)).toFixed(0)} MB, max ${Math.max(...samples.map((s) => s.rss)).toFixed(0)} MB`,
  );
  console.log(`  heap used (MB) every 10 s: ${samples.map((s) => s.heap.toFixed(0)).join(" ")}`);
  console.log(`  re-scores waiting every 10 s: ${samples.map((s) => s.rescores).join(" ")}`);
}

console.log(
  `bench:load — ${connections} connections, ${seconds} s a target, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
const bare = await startBare();
const baseline = await cannon("bare node:http JSON endpoint", {
  url: bare.url,
  method: "POST",
  headers: { "content-type": "application/json" },
  body: collectBody("pk_bare", 1),
});
bare.stop();
const rows: Figures[] = [baseline];
for (const backend of args.backends.split(",") as Backend[]) rows.push(...(await measureBackend(backend)));

console.log(
  "\n| target | req/s | × bare | p50 ms | p99 ms | requests | errors | non-2xx | collector CPU µs a request |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const r of rows) {
  console.log(
    `| ${r.target} | ${r.reqPerSec.toFixed(0)} | ${(r.reqPerSec / baseline.reqPerSec).toFixed(2)} | ${r.p50} | ${r.p99} | ${r.total} | ${r.errors} | ${r.non2xx} | ${Number.isNaN(r.cpuMicros) ? "–" : r.cpuMicros.toFixed(0)} |`,
  );
}
console.log(
  `load average at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
