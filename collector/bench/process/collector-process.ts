import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { freePort } from "../../src/testing/free-port.js";
import { waitUntilReady } from "../../src/testing/wait-until-ready.js";

// The collector as an operator runs it (`pnpm start`): its own process, its own event loop, on
// loopback. Benchmarks that ask "does X stall the server" must measure this, not the app called
// in-process, where the measuring code would share the loop it measures.

const COLLECTOR_DIR = fileURLToPath(new URL("../../", import.meta.url));
export const BENCH_ADMIN_TOKEN = "adm_process_bench_0123456789";
const SERVER_URL = process.env.DATABASE_URL ?? "postgres://root:root@127.0.0.1:5432/test";

export type Backend = "pglite" | "postgres";

export interface CollectorProcess {
  origin: string;
  backend: Backend;
  /** Resident memory of the collector process, in MB (from /proc; 0 where there is none). */
  rssMb(): Promise<number>;
  /** CPU time the collector process has used so far, in seconds (from /proc; NaN where there is none). */
  cpuSeconds(): Promise<number>;
  /** One scrape of its /metrics: a series' value by name (NaN when absent or the scrape failed). */
  metrics(): Promise<(series: string) => number>;
  stop(): Promise<void>;
}

/** PGlite in a fresh directory on disk (as the default install), or a fresh database on the server. */
export async function startCollectorProcess(
  backend: Backend,
  name: string,
  env: Record<string, string> = {},
): Promise<CollectorProcess> {
  const port = await freePort();
  let databaseUrl = "";
  let dataDir = "";
  let dropDatabase = async () => {};
  if (backend === "postgres") {
    const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {}, connect_timeout: 10 });
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.unsafe(`create database ${name}`);
    await admin.end();
    const url = new URL(SERVER_URL);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      const again = postgres(SERVER_URL, { max: 1, onnotice: () => {}, connect_timeout: 10 });
      await again.unsafe(`drop database if exists ${name} with (force)`);
      await again.end();
    };
  } else {
    dataDir = await mkdtemp(join(tmpdir(), `${name}-`));
  }

  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: COLLECTOR_DIR,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      SHINSA_DATA_DIR: dataDir || ".data",
      SHINSA_ADMIN_TOKEN: BENCH_ADMIN_TOKEN,
      SHINSA_SECRET: "process-bench-secret-0123456789-abcdefghij",
      SHINSA_DEMO: "",
      SHINSA_RATE_COLLECT_PER_MINUTE: "0",
      SHINSA_RATE_API_PER_MINUTE: "0",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const kill = () => child.kill("SIGKILL");
  process.once("exit", kill);

  const stop = async () => {
    process.off("exit", kill);
    if (child.exitCode === null) {
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
        child.once("exit", () => {
          clearTimeout(force);
          resolve();
        });
        child.kill("SIGTERM");
      });
    }
    await dropDatabase();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };

  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(origin, { child, timeoutMs: 120_000, intervalMs: 500, log: () => log });
  } catch (err) {
    await stop();
    throw err;
  }
  const rssMb = async () => {
    const status = await readFile(`/proc/${child.pid}/status`, "utf8").catch(() => "");
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : 0;
  };
  const cpuSeconds = async () => {
    const stat = await readFile(`/proc/${child.pid}/stat`, "utf8").catch(() => "");
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th, in ticks.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return fields.length > 13 ? (Number(fields[11]) + Number(fields[12])) / 100 : Number.NaN;
  };
  const metrics = async () => {
    const text = await fetch(`${origin}/metrics`, { headers: { authorization: `Bearer ${BENCH_ADMIN_TOKEN}` } })
      .then((r) => r.text())
      .catch(() => "");
    return (series: string) => Number(new RegExp(`^${series} (\\S+)`, "m").exec(text)?.[1] ?? Number.NaN);
  };
  return { origin, backend, rssMb, cpuSeconds, metrics, stop };
}

export async function createBenchSite(origin: string, name: string): Promise<{ publicKey: string; secretKey: string }> {
  const res = await fetch(`${origin}/v1/admin/sites`, {
    method: "POST",
    headers: { authorization: `Bearer ${BENCH_ADMIN_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ name, origins: ["https://shop.example"] }),
  });
  if (res.status !== 201) throw new Error(`creating the site: ${res.status} ${await res.text()}`);
  return (await res.json()) as { publicKey: string; secretKey: string };
}
