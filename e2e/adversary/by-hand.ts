import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { headedEnv, type Lab } from "./lab.js";

/** A Chromium started as a person starts it: its own fresh profile, a window, no automation switch. */
export interface HandStarted {
  profile: string;
  child: ChildProcess;
  /** The DevTools port, when it was started with `--remote-debugging-port=0`. */
  devToolsPort(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * `keptProfile`: a profile directory that outlives this start (a returning shopper's browser, with
 * its storage); by default a fresh one, removed at stop.
 */
export function startByHand(
  lab: Pick<Lab, "chromium" | "args" | "display">,
  args: string[],
  env: Record<string, string> = {},
  keptProfile?: string,
): HandStarted {
  const profile = keptProfile ?? mkdtempSync(join(tmpdir(), "shinsa-adversary-"));
  const child = spawn(
    lab.chromium,
    [...lab.args, `--user-data-dir=${profile}`, "--no-default-browser-check", ...args],
    {
      env: headedEnv(lab, env),
      stdio: "ignore",
    },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    profile,
    child,
    async devToolsPort() {
      const file = join(profile, "DevToolsActivePort");
      for (let i = 0; i < 200; i++) {
        if (existsSync(file)) {
          const port = Number(readFileSync(file, "utf8").split("\n")[0]);
          if (port > 0) return port;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error("Chromium wrote no DevToolsActivePort");
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        const force = setTimeout(() => child.kill("SIGKILL"), 5000);
        await exited;
        clearTimeout(force);
      }
      if (keptProfile) return;
      // Chromium's helper processes outlive the browser by a moment and still write the profile.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
      } catch {
        // A leftover directory in the temporary folder is not worth failing a visit for.
      }
    },
  };
}
