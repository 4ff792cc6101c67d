import { type Db, POOL_MAX } from "../db/client.js";
import { readPoolUse } from "../db/queries/pool-use.js";
import { countPendingRescores } from "../db/queries/rescore-requests.js";
import { readReviewBacklog } from "../db/queries/review-backlog.js";
import { countPendingEvents } from "../db/queries/webhook-outbox.js";
import type { Background } from "../lib/background.js";
import type { OperatingFigures } from "../lib/metrics.js";
import { isReady } from "./check-ready.js";

/** What /metrics reads from the database at each scrape: whether it answers, each site's open reviews, the webhook events waiting, this process's background jobs and the orders waiting to be scored again. */
export async function readOperatingFigures(
  db: Db,
  onServer: boolean,
  background: Pick<Background, "pending">,
): Promise<OperatingFigures> {
  // PGlite is one connection in this process.
  const poolMax = onServer ? POOL_MAX : 1;
  const backgroundPending = background.pending();
  const databaseUp = await isReady(db);
  if (!databaseUp) {
    return {
      databaseUp,
      backlog: [],
      webhooksPending: 0,
      pool: { max: poolMax, byState: [] },
      backgroundPending,
      rescoresPending: 0,
    };
  }
  const [backlog, webhooksPending, byState, rescoresPending] = await Promise.all([
    readReviewBacklog(db),
    countPendingEvents(db),
    readPoolUse(db),
    countPendingRescores(db),
  ]);
  return { databaseUp, backlog, webhooksPending, pool: { max: poolMax, byState }, backgroundPending, rescoresPending };
}
