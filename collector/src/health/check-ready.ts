import type { Db } from "../db/client.js";
import { ping } from "../db/queries/ping.js";

const READY_TIMEOUT_MS = 2_000;

/**
 * Whether this collector can take orders: its database answers within two seconds. A load balancer
 * asks often, so a database that hangs must not hang the probe with it.
 */
export async function isReady(db: Db): Promise<boolean> {
  try {
    await Promise.race([
      ping(db),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), READY_TIMEOUT_MS).unref()),
    ]);
    return true;
  } catch {
    return false;
  }
}
