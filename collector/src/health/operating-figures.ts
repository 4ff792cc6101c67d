import type { Db } from "../db/client.js";
import { readReviewBacklog } from "../db/queries/review-backlog.js";
import { isReady } from "./check-ready.js";

/** What /metrics reads from the database at each scrape: whether it answers, and each site's open reviews. */
export async function readOperatingFigures(db: Db) {
  const databaseUp = await isReady(db);
  return { databaseUp, backlog: databaseUp ? await readReviewBacklog(db) : [] };
}
