import type { OrderRequest } from "@shinsa/shared";
import { readOrdersToRescore } from "../db/queries/stored-orders.js";
import type { AppDeps } from "../deps.js";
import type { Lang } from "../lib/lang.js";
import { yieldToIo } from "../lib/yield-to-io.js";
import { getSiteSettings } from "../sites/scoring-settings.js";
import { openPersonalData } from "./personal-data.js";
import type { QueuedRescore, RescoreTrigger } from "./rescore-queue.js";
import { scoreAndStore } from "./score-and-store.js";

const HOUR = 3_600_000;
// Orders a site's drain takes from the queue at a time: one settings read and one rows read each.
const BATCH = 20;

type RescoreDeps = Pick<AppDeps, "db" | "now" | "secret" | "logger" | "background" | "rescores">;

/** An order just scored (or labelled), and the orders to score again because of it. */
export interface Scored {
  orderId: string;
  placedAt: Date;
  /**
   * The orders to score again: those it joins, and the other accounts' orders of its resale
   * cluster (the judgement's `rescore`, or a labelled order's stored links: 20 at most either way).
   */
  targets: string[];
}

/**
 * A ring's or one person's first order has nothing to link to when it is scored; the second one
 * does. So when an order joins others, or buys resale targets beside other accounts' orders tied
 * to it by weaker evidence (another flat of one building, one network and one machine: its resale
 * cluster), those still waiting to ship (placed within the site's
 * `rescoreHours` of it, and not labelled by the merchant) are scored again with what is known now:
 * their decision in `GET /v1/orders/{id}` and the CSV answer may rise (or fall) before they ship.
 * Each is re-scored as of the time it arrived, so its token is judged as it was then. A re-scored
 * order does not set off more re-scoring: the chain stops at the orders the new one touched.
 *
 * The orders are queued per site (rescore-queue.ts: each once, however many new orders ask) and
 * drained by one job in the site's background scope, so `background.idle(siteId)` waits for them.
 */
export function queueRescores(deps: RescoreDeps, siteId: string, scored: Scored, options: { lang?: Lang } = {}) {
  if (scored.targets.length === 0) return;
  const trigger: RescoreTrigger = { orderId: scored.orderId, placedAt: scored.placedAt, lang: options.lang };
  if (deps.rescores.add(siteId, scored.targets, trigger)) {
    deps.background.run("re-scoring joined orders", () => drainRescores(deps, siteId), siteId);
  }
}

async function drainRescores(deps: RescoreDeps, siteId: string) {
  for (;;) {
    const batch = deps.rescores.take(siteId, BATCH);
    if (batch.length === 0) return;
    try {
      await rescoreBatch(deps, siteId, batch);
    } catch (err) {
      // The drain goes on: the next batch may succeed (a database back up), and ending here would
      // leave the site's queue marked as draining with nobody draining it.
      deps.logger.error({ err, orders: batch.length }, "re-scoring joined orders failed");
    }
  }
}

async function rescoreBatch(deps: RescoreDeps, siteId: string, batch: QueuedRescore[]) {
  const { rescoreHours } = await getSiteSettings(deps.db, siteId);
  if (rescoreHours === 0) return;
  const window = rescoreHours * HOUR;
  const triggersOf = new Map(batch.map((q) => [q.orderId, q.triggers]));
  const rows = await readOrdersToRescore(
    deps.db,
    siteId,
    batch.map((q) => q.orderId),
  );
  for (const row of rows) {
    // Labelled: the merchant has decided. Erased: its names and addresses are gone, and scoring it
    // again would replace the identifiers that still link it.
    if (row.label !== null || row.erasedAt !== null) continue;
    // The newest order that asked and was placed near this one is the one the answer names.
    const trigger = (triggersOf.get(row.orderId) ?? [])
      .filter((t) => Math.abs(t.placedAt.getTime() - row.placedAt.getTime()) <= window)
      .at(-1);
    if (!trigger) continue;
    await yieldToIo();
    try {
      await scoreAndStore(
        { ...deps, now: () => row.receivedAt },
        siteId,
        openPersonalData(deps.secret, row.request) as unknown as OrderRequest,
        { lang: trigger.lang, rescore: { by: trigger.orderId, at: deps.now() } },
      );
    } catch (err) {
      // One order that cannot be scored again (its sealed data unreadable, say) keeps its answer
      // and does not hold back the others.
      deps.logger.error({ err, orderId: row.orderId }, "re-scoring a joined order failed");
    }
  }
}
