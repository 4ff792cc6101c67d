import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "./testing/free-port.js";

const SERVER = fileURLToPath(new URL("./server.ts", import.meta.url));

/** Starts the collector as an operator would; resolves when it prints its banner or exits. */
function startCollector(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", SERVER], {
    env: {
      ...process.env,
      DATABASE_URL: "",
      HOST: "127.0.0.1",
      SHINSA_ADMIN_TOKEN: "adm_server_test_0123456789",
      ...env,
    },
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const ready = new Promise<{ code: number | null; output: string }>((resolve) => {
    child.stdout.on("data", () => output.includes("Shinsa collector on") && resolve({ code: null, output }));
    child.on("exit", (code) => resolve({ code, output }));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.on("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { ready, stop };
}

describe("the collector process", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("says the port is busy, without a stack, and exits 1", async () => {
    const port = await freePort();
    const blocker: Server = await new Promise((resolve) => {
      const s = createServer().listen(port, "127.0.0.1", () => resolve(s));
    });
    try {
      const { code, output } = await startCollector({ PORT: String(port), SHINSA_DATA_DIR: "memory://" }).ready;
      expect(code).toBe(1);
      expect(output).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(output).not.toMatch(/^\s+at /m);
    } finally {
      blocker.close();
    }
  }, 60_000);

  it("refuses a second collector on the same embedded data directory with a clear message", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "shinsa-lock-"));
    dirs.push(dataDir);
    const first = startCollector({ PORT: String(await freePort()), SHINSA_DATA_DIR: dataDir });
    try {
      const started = await first.ready;
      expect(started.code).toBeNull();
      // The first start makes the HMAC key beside the data, not in it, and says so once.
      expect(started.output).toContain(
        `generated a new HMAC key of stored identifiers into ${join(dataDir, "secret.key")}`,
      );
      expect(statSync(join(dataDir, "secret.key")).mode & 0o777).toBe(0o600);
      const second = startCollector({ PORT: String(await freePort()), SHINSA_DATA_DIR: dataDir });
      const { code, output } = await second.ready;
      await second.stop();
      expect(code).toBe(1);
      expect(output).toContain(`the data directory ${dataDir} is in use by another Shinsa process`);
      expect(output).not.toContain("Aborted");
    } finally {
      await first.stop();
    }
    // Once the first one stops cleanly, the directory is free again.
    const third = startCollector({ PORT: String(await freePort()), SHINSA_DATA_DIR: dataDir });
    const restarted = await third.ready;
    expect(restarted.code).toBeNull();
    expect(restarted.output).not.toContain("HMAC key");
    await third.stop();
  }, 120_000);
});
