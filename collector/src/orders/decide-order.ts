import type { FeedbackRequest } from "@shinsa/shared";
import { isFraudLabel } from "@shinsa/shared";
import { readOrder } from "../db/queries/stored-orders.js";
import type { AppDeps } from "../deps.js";
import { recordFeedback } from "./record-feedback.js";
import { rescoreAfterLabel } from "./rescore-linked.js";

/**
 * A person's decision, from the API or the console: the label is kept (record-feedback), and a
 * fraud label re-scores the orders linked to this one that still wait to ship, in the site's
 * background queue, so the negative list it just wrote reaches the rest of the group before they
 * ship instead of only the next new order.
 */
export async function decideOrder(
  deps: Pick<AppDeps, "db" | "now" | "secret" | "background" | "rescores" | "logger">,
  siteId: string,
  orderId: string,
  feedback: FeedbackRequest,
) {
  const result = await recordFeedback(deps.db, siteId, orderId, feedback, deps.now());
  if (isFraudLabel(feedback.label)) {
    const order = await readOrder(deps.db, siteId, orderId);
    const joined = order?.links.orders ?? [];
    if (order) await rescoreAfterLabel(deps, siteId, { orderId, placedAt: order.placedAt, joined });
  }
  return result;
}
