import { randomUUID } from "node:crypto";
import type { OrderRequest } from "@shinsa/shared";
import {
  askRescoresOfLabel,
  type ClaimedRescore,
  claimRescores,
  finishRescores,
  readSitesWithRescores,
} from "../db/queries/rescore-requests.js";
import { readOrdersToRescore } from "../db/queries/stored-orders.js";
import type { AppDeps } from "../deps.js";
import { yieldToIo } from "../lib/yield-to-io.js";
import { getSiteSettings } from "../sites/scoring-settings.js";
import { openPersonalData } from "./personal-data.js";
import { scoreAndStore } from "./score-and-store.js";

const HOUR = 3_600_000;
// Orders a drain claims at a time: one settings read and one rows read each.
const BATCH = 20;
// How long a claim keeps other processes off its orders: far longer than twenty re-scores take,
// short enough that a dead process's claim is soon taken up again.
const CLAIM_MS = 60_000;

type RescoreDeps = Pick<AppDeps, "db" | "now" | "secret" | "logger" | "background" | "rescores">;

/**
 * A ring's or one person's first order has nothing to link to when it is scored; the second one
 * does. So when an order joins others, or buys resale targets beside other accounts' orders tied
 * to it by weaker evidence (another flat of one building, one network and one machine: its resale
 * cluster), those still waiting to ship (placed within the site's `rescoreHours` of it, and not
 * labelled by the merchant) are scored again with what is known now: their decision in
 * `GET /v1/orders/{id}` and the CSV answer may rise (or fall) before they ship. Each is re-scored
 * as of the time it arrived, so its token is judged as it was then. A re-scored order does not set
 * off more re-scoring: the chain stops at the orders the new one touched.
 *
 * The asking order's statement stores its requests (one row per order waiting, naming the newest
 * asker: an order asked for by ten new ones is scored again once), so a crash or a restart loses
 * none. This wakes the process's drain for the site, in the site's background scope, so
 * `background.idle(siteId)` waits for it; `startRescoreSweeper` takes up what no drain here is
 * doing (another process's requests, a dead process's claims).
 */
export function wakeRescores(deps: RescoreDeps, siteId: string) {
  if (deps.rescores.wake(siteId)) {
    deps.background.run("re-scoring joined orders", () => drainRescores(deps, siteId), siteId);
  }
}

/** A fraud label: the orders linked to the labelled one that still wait to ship are scored again. */
export async function rescoreAfterLabel(
  deps: RescoreDeps,
  siteId: string,
  labelled: { orderId: string; placedAt: Date; joined: string[] },
) {
  const { rescoreHours } = await getSiteSettings(deps.db, siteId);
  const asked = await askRescoresOfLabel(deps.db, siteId, labelled, labelled.joined, rescoreHours, deps.now());
  if (asked > 0) wakeRescores(deps, siteId);
}

async function drainRescores(deps: RescoreDeps, siteId: string) {
  for (;;) {
    const claimId = randomUUID();
    const now = deps.now();
    let claimed: ClaimedRescore[];
    try {
      claimed = await claimRescores(deps.db, siteId, claimId, now, new Date(now.getTime() + CLAIM_MS), BATCH);
    } catch (err) {
      // The database is away: the rows wait for the sweeper, and this drain ends so it can start again.
      while (!deps.rescores.settle(siteId)) {}
      deps.logger.error({ err }, "claiming orders to score again failed");
      return;
    }
    if (claimed.length === 0) {
      if (deps.rescores.settle(siteId)) return;
      continue;
    }
    try {
      await rescoreBatch(deps, siteId, claimed);
      await finishRescores(deps.db, siteId, claimId);
    } catch (err) {
      // The claim expires and the orders are taken up again; the drain goes on with the rest.
      deps.logger.error({ err, orders: claimed.length }, "re-scoring joined orders failed");
    }
  }
}

async function rescoreBatch(deps: RescoreDeps, siteId: string, batch: ClaimedRescore[]) {
  const { rescoreHours } = await getSiteSettings(deps.db, siteId);
  if (rescoreHours === 0) return;
  const window = rescoreHours * HOUR;
  const askers = new Map(batch.map((q) => [q.orderId, q]));
  const rows = await readOrdersToRescore(
    deps.db,
    siteId,
    batch.map((q) => q.orderId),
  );
  for (const row of rows) {
    // Labelled: the merchant has decided. Erased: its names and addresses are gone, and scoring it
    // again would replace the identifiers that still link it.
    if (row.label !== null || row.erasedAt !== null) continue;
    // Asked within the window when the row was written; the site may have narrowed it since.
    const asker = askers.get(row.orderId);
    if (!asker || Math.abs(asker.askedByPlacedAt.getTime() - row.placedAt.getTime()) > window) continue;
    await yieldToIo();
    try {
      await scoreAndStore(
        { ...deps, now: () => row.receivedAt },
        siteId,
        openPersonalData(deps.secret, row.request) as unknown as OrderRequest,
        { rescore: { by: asker.askedBy, at: deps.now() } },
      );
    } catch (err) {
      // One order that cannot be scored again (its sealed data unreadable, say) keeps its answer
      // and does not hold back the others.
      deps.logger.error({ err, orderId: row.orderId }, "re-scoring a joined order failed");
    }
  }
}

export interface RescoreSweeper {
  /** Wakes a drain for every site with orders waiting unclaimed, now. */
  sweep(): Promise<void>;
  stop(): void;
}

/**
 * Every `intervalMs`, wakes this process's drain for the sites with requests nobody is working on:
 * those another process stored, and those a process that died had claimed. Every process runs one.
 */
export function startRescoreSweeper(deps: RescoreDeps, options: { intervalMs?: number } = {}): RescoreSweeper {
  let failing = false;
  const sweep = async () => {
    try {
      for (const siteId of await readSitesWithRescores(deps.db, deps.now(), 100)) wakeRescores(deps, siteId);
      failing = false;
    } catch (err) {
      if (!failing) deps.logger.error({ err }, "looking for orders to score again failed; retrying every tick");
      failing = true;
    }
  };
  const timer = setInterval(() => void sweep(), options.intervalMs ?? 5_000);
  timer.unref();
  return { sweep, stop: () => clearInterval(timer) };
}
