import type { Db } from "../db/client.js";
import { readReviewBacklog } from "../db/queries/review-backlog.js";
import { countPendingEvents } from "../db/queries/webhook-outbox.js";
import type { OperatingFigures } from "../lib/metrics.js";
import { isReady } from "./check-ready.js";

/** What /metrics reads from the database at each scrape: whether it answers, each site's open reviews, and the webhook events waiting. */
export async function readOperatingFigures(db: Db): Promise<OperatingFigures> {
  const databaseUp = await isReady(db);
  if (!databaseUp) return { databaseUp, backlog: [], webhooksPending: 0 };
  const [backlog, webhooksPending] = await Promise.all([readReviewBacklog(db), countPendingEvents(db)]);
  return { databaseUp, backlog, webhooksPending };
}
