import { orders } from "../schema.js";

/** What every list of orders shows first: which order, when, and how it was judged. */
export const orderHeadline = {
  orderId: orders.orderId,
  placedAt: orders.placedAt,
  score: orders.score,
  decision: orders.decision,
};
