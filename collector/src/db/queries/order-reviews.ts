import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../client.js";
import { orderReviews } from "../schema.js";

/** Every decision a person made about an order, newest first. */
export async function readReviews(db: Db, siteId: string, orderId: string) {
  return db
    .select({
      label: orderReviews.label,
      note: orderReviews.note,
      reviewer: orderReviews.reviewer,
      at: orderReviews.at,
    })
    .from(orderReviews)
    .where(and(eq(orderReviews.siteId, siteId), eq(orderReviews.orderId, orderId)))
    .orderBy(desc(orderReviews.at), desc(orderReviews.id));
}
