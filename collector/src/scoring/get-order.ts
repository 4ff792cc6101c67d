import { and, eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { orders } from "../db/schema.js";
import { notFound } from "../lib/api-error.js";

/** The stored order with its latest score, reasons (in the caller's language) and links. */
export async function getOrder(db: Db, siteId: string, orderId: string, lang: "ja" | "en") {
  const [row] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.siteId, siteId), eq(orders.orderId, orderId)))
    .limit(1);
  if (!row) throw notFound("order");
  return {
    orderId: row.orderId,
    placedAt: row.placedAt.toISOString(),
    receivedAt: row.receivedAt.toISOString(),
    score: row.score,
    decision: row.decision,
    reasons: row.reasons.map((r) => ({ code: r.code, score: r.score, message: r.message[lang] })),
    links: row.ringId ? { ...row.links, ringId: row.ringId } : row.links,
    label: row.label,
    labelNote: row.labelNote,
    labeledAt: row.labeledAt?.toISOString() ?? null,
    erasedAt: row.erasedAt?.toISOString() ?? null,
    order: row.request,
  };
}
