import { and, desc, eq, gte } from "drizzle-orm";
import type { Db } from "../client.js";
import { orders } from "../schema.js";

/** The site's orders placed since `since`, newest first, with what their decision was made of. */
export async function readRecentDecisions(db: Db, siteId: string, since: Date, limit: number) {
  return db
    .select({
      orderId: orders.orderId,
      score: orders.score,
      decision: orders.decision,
      reasons: orders.reasons,
      label: orders.label,
    })
    .from(orders)
    .where(and(eq(orders.siteId, siteId), gte(orders.placedAt, since)))
    .orderBy(desc(orders.placedAt))
    .limit(limit);
}
