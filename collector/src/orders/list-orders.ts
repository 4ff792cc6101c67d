import type { Decision, FeedbackLabel, ListedOrder, ListOrdersQuery, ListOrdersResponse } from "@shinsa/shared";
import type { Db } from "../db/client.js";
import { type OrderPageRow, readOrderPage } from "../db/queries/order-list.js";
import { ApiError } from "../lib/api-error.js";
import { decodeCursor, encodeCursor } from "./list-cursor.js";
import { getSearchKeys } from "./search-keys.js";

/**
 * A page of the site's orders, newest first, filtered as the reviewer asked. One more row than
 * the page is read: if it comes, there is a next page, and the cursor points at the page's last.
 */
export async function listOrders(
  deps: { db: Db; secret: string },
  siteId: string,
  query: ListOrdersQuery,
): Promise<ListOrdersResponse> {
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  if (query.cursor && !after) {
    throw new ApiError(400, "invalid_cursor", "cursor: not a cursor from this list; start again without it");
  }
  const rows = await readOrderPage(deps.db, siteId, {
    ...query,
    search: query.q ? getSearchKeys(deps.secret, query.q) : null,
    after,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    orders: page.map(listed),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
  };
}

const listed = (row: OrderPageRow): ListedOrder => ({
  orderId: row.orderId,
  createdAt: row.placedAt.toISOString(),
  score: row.score,
  decision: row.decision as Decision,
  reasons: row.reasonCodes,
  ringId: row.ringId,
  customer: { id: row.customerId, email: row.email },
  amount: row.amount,
  review:
    row.label && row.labeledAt
      ? { label: row.label as FeedbackLabel, reviewer: row.labelReviewer, at: row.labeledAt.toISOString() }
      : null,
});
