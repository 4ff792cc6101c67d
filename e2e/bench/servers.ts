import { type ChildProcess, spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";

export const ADMIN_TOKEN = "bench-admin-token-0123456789";
const COLLECTOR_DIR = fileURLToPath(new URL("../../collector/", import.meta.url));

export interface Collector {
  origin: string;
  database: string;
  stop(): Promise<void>;
}

/** A port nothing listens on now: fixed ports collide with other runs on a shared machine. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** The collector as production runs it, on loopback, with PGlite in memory or a PostgreSQL URL. */
export async function startCollector(port: number, databaseUrl: string | undefined): Promise<Collector> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: COLLECTOR_DIR,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      SHINSA_DATA_DIR: "memory://",
      DATABASE_URL: databaseUrl ?? "",
      SHINSA_ADMIN_TOKEN: ADMIN_TOKEN,
      SHINSA_DEMO: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      const force = setTimeout(() => child.kill("SIGKILL"), 5000);
      child.once("exit", () => {
        clearTimeout(force);
        resolve();
      });
      child.kill("SIGTERM");
    });
  process.once("exit", () => child.kill("SIGKILL"));
  const origin = `http://127.0.0.1:${port}`;
  // PGlite's first open takes 4–8 s here (stack.md); 90 s bounds a machine under load.
  for (let i = 0; i < 180; i++) {
    if (child.exitCode !== null) throw new Error(`collector exited:\n${log}`);
    const ok = await fetch(`${origin}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { origin, database: databaseUrl ? "PostgreSQL" : "PGlite (memory://)", stop };
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`collector not ready after 90 s:\n${log}`);
}

export async function createSite(collector: string, origins: string[]) {
  const res = await fetch(`${collector}/v1/admin/sites`, {
    method: "POST",
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ name: "sdk bench", origins }),
  });
  if (res.status !== 201) throw new Error(`creating the site: ${res.status} ${await res.text()}`);
  return (await res.json()) as { publicKey: string; secretKey: string };
}

export interface PageServer {
  origin: string;
  server: Server;
}

/** Serves fixed paths from memory; anything else is a 404. */
export async function startPageServer(files: Map<string, { type: string; body: string }>): Promise<PageServer> {
  const server = createServer((req, res) => {
    const file = files.get(new URL(req.url ?? "/", "http://x").pathname);
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": file.type, "cache-control": "no-store" });
    res.end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
