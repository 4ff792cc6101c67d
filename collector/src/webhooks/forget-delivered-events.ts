import { deleteDeliveredBefore } from "../db/queries/webhook-outbox.js";
import type { AppDeps } from "../deps.js";
import { yieldToIo } from "../lib/yield-to-io.js";

// A delivered event has done its work; a month of them is kept so a merchant can look back at
// what was sent. Events still pending or given up stay until they are delivered or resent.
const KEEP_DELIVERED_DAYS = 30;

export async function forgetDeliveredEvents(deps: Pick<AppDeps, "db" | "now">): Promise<number> {
  const before = new Date(deps.now().getTime() - KEEP_DELIVERED_DAYS * 86_400_000);
  let total = 0;
  for (;;) {
    const deleted = await deleteDeliveredBefore(deps.db, before);
    total += deleted;
    if (deleted === 0) return total;
    await yieldToIo();
  }
}
