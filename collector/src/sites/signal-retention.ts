import type { Db } from "../db/client.js";
import { deleteSignalsBefore, readSiteSettingsAll } from "../db/queries/expired-signals.js";
import { yieldToIo } from "../lib/yield-to-io.js";
import { mergeSettings } from "../scoring/settings.js";

const DAY = 86_400_000;
const BATCH = 5_000;

/**
 * Deletes each site's page signals (with their behaviour and IP) older than its
 * `signalRetentionDays`, in batches that give way to requests. Orders are untouched: their
 * identifiers are keyed hashes, so a device still links orders after its signals are gone, and a
 * token look-up of a deleted token answers 404 like any unknown one.
 */
export async function applyRetention(deps: { db: Db; now: () => Date }): Promise<Map<string, number>> {
  const deleted = new Map<string, number>();
  for (const { siteId, settings } of await readSiteSettingsAll(deps.db)) {
    const days = mergeSettings(settings).signalRetentionDays;
    if (days === null) continue;
    const before = new Date(deps.now().getTime() - days * DAY);
    let total = 0;
    for (;;) {
      const n = await deleteSignalsBefore(deps.db, siteId, before, BATCH);
      total += n;
      if (n < BATCH) break;
      await yieldToIo();
    }
    if (total > 0) deleted.set(siteId, total);
  }
  return deleted;
}
