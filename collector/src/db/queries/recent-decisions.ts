import { and, desc, eq, gte, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { orders } from "../schema.js";

/**
 * The site's orders placed since `since`, newest first, with what their decision was made of: each
 * reason's code and contribution only, not its two-language message (most of the stored bytes).
 */
export async function readRecentDecisions(db: Db, siteId: string, since: Date, limit: number) {
  return db
    .select({
      orderId: orders.orderId,
      score: orders.score,
      decision: orders.decision,
      reasons: sql<
        { code: string; score: number }[]
      >`(select coalesce(jsonb_agg(jsonb_build_object('code', r->'code', 'score', r->'score')), '[]'::jsonb) from jsonb_array_elements(${orders.reasons}) r)`,
      label: orders.label,
    })
    .from(orders)
    .where(and(eq(orders.siteId, siteId), gte(orders.placedAt, since)))
    .orderBy(desc(orders.placedAt))
    .limit(limit);
}
