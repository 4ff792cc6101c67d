import type { OrderResponse } from "@shinsa/shared";
import type { Db } from "../db/client.js";
import { readAnswers, readOrder } from "../db/queries/stored-orders.js";
import { notFound } from "../lib/api-error.js";
import type { Lang } from "../lib/lang.js";
import { answerOf } from "./order-answer.js";

/** The stored order with its latest score, reasons (in the caller's language) and links. */
export async function getOrder(db: Db, siteId: string, orderId: string, lang: Lang) {
  const row = await readOrder(db, siteId, orderId);
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

/** The latest answers of many orders (a CSV's, once its later orders have re-scored and joined the earlier ones). */
export async function getLatestAnswers(db: Db, siteId: string, orderIds: string[], lang: Lang) {
  const answers = new Map<string, OrderResponse>();
  for (const row of await readAnswers(db, siteId, orderIds)) answers.set(row.orderId, answerOf(row, lang));
  return answers;
}
