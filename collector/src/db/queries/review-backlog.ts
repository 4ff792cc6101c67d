import { sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { orders } from "../schema.js";

/** Open reviews per site: the queue's own predicate, so the partial index orders_open_idx answers it. */
export async function readReviewBacklog(db: Db): Promise<Array<{ siteId: string; open: number }>> {
  return db
    .select({ siteId: orders.siteId, open: sql<number>`count(*)::int` })
    .from(orders)
    .where(sql`${orders.decision} = 'review' and ${orders.label} is null`)
    .groupBy(orders.siteId);
}
