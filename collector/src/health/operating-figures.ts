import { type Db, POOL_MAX } from "../db/client.js";
import { readPoolUse } from "../db/queries/pool-use.js";
import { readReviewBacklog } from "../db/queries/review-backlog.js";
import { countPendingEvents } from "../db/queries/webhook-outbox.js";
import type { Background } from "../lib/background.js";
import type { OperatingFigures } from "../lib/metrics.js";
import type { RescoreQueue } from "../orders/rescore-queue.js";
import { isReady } from "./check-ready.js";

/** What /metrics reads from the database at each scrape: whether it answers, each site's open reviews, the webhook events waiting, and this process's queues. */
export async function readOperatingFigures(
  db: Db,
  onServer: boolean,
  background: Pick<Background, "pending">,
  rescores: Pick<RescoreQueue, "pending" | "dropped">,
): Promise<OperatingFigures> {
  // PGlite is one connection in this process.
  const poolMax = onServer ? POOL_MAX : 1;
  const queues = {
    backgroundPending: background.pending(),
    rescoresPending: rescores.pending(),
    rescoresDropped: rescores.dropped(),
  };
  const databaseUp = await isReady(db);
  if (!databaseUp) {
    return { databaseUp, backlog: [], webhooksPending: 0, pool: { max: poolMax, byState: [] }, ...queues };
  }
  const [backlog, webhooksPending, byState] = await Promise.all([
    readReviewBacklog(db),
    countPendingEvents(db),
    readPoolUse(db),
  ]);
  return { databaseUp, backlog, webhooksPending, pool: { max: poolMax, byState }, ...queues };
}
