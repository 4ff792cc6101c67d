import type { Decision, FeedbackLabel, ListedOrder, ListOrdersQuery, ListOrdersResponse } from "@shinsa/shared";
import type { Db } from "../db/client.js";
import { type OrderPageRow, readOrderPage } from "../db/queries/order-list.js";
import { ApiError } from "../lib/api-error.js";
import { decodeCursor, encodeCursor } from "./list-cursor.js";
import { openSealed } from "./personal-data.js";
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
    orders: page.map((row) => listed(row, deps.secret)),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
  };
}

/** The customer's e-mail as the shop gave it: the account's, else the billing or shipping party's. */
function emailOf(row: OrderPageRow, secret: string): string | null {
  if (row.email !== null || row.sealed === null) return row.email;
  const open = openSealed(secret, row.sealed);
  const email = open["customer.email"] ?? open["billing.email"] ?? open["shipping.email"];
  return typeof email === "string" ? email : null;
}

const listed = (row: OrderPageRow, secret: string): ListedOrder => ({
  orderId: row.orderId,
  createdAt: row.placedAt.toISOString(),
  score: row.score,
  decision: row.decision as Decision,
  reasons: row.reasonCodes,
  ringId: row.ringId,
  customer: { id: row.customerId, email: emailOf(row, secret) },
  amount: row.amount,
  review:
    row.label && row.labeledAt
      ? { label: row.label as FeedbackLabel, reviewer: row.labelReviewer, at: row.labeledAt.toISOString() }
      : null,
});
