import type { ChildProcess } from "node:child_process";

/**
 * Waits for a collector process at `origin` to answer `/readyz` (migrations done, database up):
 * every `intervalMs` for at most `timeoutMs`. Gives up early when `child` has exited, and throws
 * with `log()` when it never became ready, so a failed start says why.
 */
export async function waitUntilReady(
  origin: string,
  options: { child?: ChildProcess; timeoutMs?: number; intervalMs?: number; log?: () => string } = {},
): Promise<void> {
  const { child, timeoutMs = 60_000, intervalMs = 100 } = options;
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child && child.exitCode !== null) break;
    const ready = await fetch(`${origin}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  const why = child && child.exitCode !== null ? `exited with ${child.exitCode}` : `not ready after ${timeoutMs} ms`;
  throw new Error(`the collector at ${origin} ${why}${options.log ? `:\n${options.log()}` : ""}`);
}
