import type { FeedbackLabel, OrderResponse } from "@shinsa/shared";
import type { Db } from "../db/client.js";
import { readReviews } from "../db/queries/order-reviews.js";
import { readAnswers, readOrder } from "../db/queries/stored-orders.js";
import { notFound } from "../lib/api-error.js";
import type { Lang } from "../lib/lang.js";
import { answerOf } from "./order-answer.js";
import { openPersonalData } from "./personal-data.js";

/**
 * The stored order with its latest score, reasons (in the caller's language) and links, and the
 * decisions people made about it: the latest as `review`, every one in `reviews`, newest first.
 */
export async function getOrder(deps: { db: Db; secret: string }, siteId: string, orderId: string, lang: Lang) {
  const { db } = deps;
  const row = await readOrder(db, siteId, orderId);
  if (!row) throw notFound("order");
  const reviews = (await readReviews(db, siteId, orderId)).map((r) => ({
    label: r.label as FeedbackLabel,
    note: r.note,
    reviewer: r.reviewer,
    at: r.at.toISOString(),
  }));
  return {
    ...answerOf(row, lang),
    placedAt: row.placedAt.toISOString(),
    receivedAt: row.receivedAt.toISOString(),
    label: row.label,
    labelNote: row.labelNote,
    labeledAt: row.labeledAt?.toISOString() ?? null,
    erasedAt: row.erasedAt?.toISOString() ?? null,
    // Why the answer may differ from the one the shop got at the POST: a later order joined it.
    rescored: row.rescore ?? null,
    review: reviews[0] ? { label: reviews[0].label, reviewer: reviews[0].reviewer, at: reviews[0].at } : null,
    reviews,
    order: openPersonalData(deps.secret, row.request),
  };
}

/** The latest answers of many orders (a CSV's, once its later orders have re-scored and joined the earlier ones). */
export async function getLatestAnswers(db: Db, siteId: string, orderIds: string[], lang: Lang) {
  const answers = new Map<string, OrderResponse>();
  for (const row of await readAnswers(db, siteId, orderIds)) answers.set(row.orderId, answerOf(row, lang));
  return answers;
}
