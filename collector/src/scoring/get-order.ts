import type { OrderResponse } from "@shinsa/shared";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { orders } from "../db/schema.js";
import { notFound } from "../lib/api-error.js";

type Lang = "ja" | "en";
type Row = Pick<typeof orders.$inferSelect, "orderId" | "score" | "decision" | "reasons" | "links" | "ringId">;

/** A stored order's latest score, reasons (in the caller's language) and links, as scoring answers them. */
const answerOf = (row: Row, lang: Lang): OrderResponse => ({
  orderId: row.orderId,
  score: row.score,
  decision: row.decision as OrderResponse["decision"],
  reasons: row.reasons.map((r) => ({ code: r.code, score: r.score, message: r.message[lang] })),
  links: row.ringId ? { ...row.links, ringId: row.ringId } : row.links,
});

/** The stored order with its latest score, reasons (in the caller's language) and links. */
export async function getOrder(db: Db, siteId: string, orderId: string, lang: Lang) {
  const [row] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.siteId, siteId), eq(orders.orderId, orderId)))
    .limit(1);
  if (!row) throw notFound("order");
  return {
    ...answerOf(row, lang),
    placedAt: row.placedAt.toISOString(),
    receivedAt: row.receivedAt.toISOString(),
    label: row.label,
    labelNote: row.labelNote,
    labeledAt: row.labeledAt?.toISOString() ?? null,
    erasedAt: row.erasedAt?.toISOString() ?? null,
    order: row.request,
  };
}

/**
 * The latest answers of many orders (a CSV's, once its later orders have re-scored and joined the
 * earlier ones): one indexed read per thousand, since PostgreSQL takes at most 65,535 parameters.
 */
export async function getLatestAnswers(db: Db, siteId: string, orderIds: string[], lang: Lang) {
  const answers = new Map<string, OrderResponse>();
  for (let i = 0; i < orderIds.length; i += 1000) {
    const rows = await db
      .select({
        orderId: orders.orderId,
        score: orders.score,
        decision: orders.decision,
        reasons: orders.reasons,
        links: orders.links,
        ringId: orders.ringId,
      })
      .from(orders)
      .where(and(eq(orders.siteId, siteId), inArray(orders.orderId, orderIds.slice(i, i + 1000))));
    for (const row of rows) answers.set(row.orderId, answerOf(row, lang));
  }
  return answers;
}
