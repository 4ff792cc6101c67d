import { and, desc, eq, gte, lte, type SQL, sql } from "drizzle-orm";
import type { Identifier } from "../../lib/identifier.js";
import type { Db } from "../client.js";
import { jsonParam } from "../json-param.js";
import { orderIdentifiers, orders } from "../schema.js";
import { orderHeadline } from "./order-columns.js";

/** One page of the order list: filters, where to start, how many. All optional but the site. */
export interface OrderPageQuery {
  decision?: string | undefined;
  status?: "open" | "decided" | undefined;
  minScore?: number | undefined;
  maxScore?: number | undefined;
  reason?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Orders any of these keys find (the list's `q`). */
  search?: OrderSearch | null | undefined;
  /** Orders strictly after this position in the list (newest first). */
  after?: { placedAt: Date; orderId: string } | null | undefined;
  limit: number;
}

export interface OrderSearch {
  text: string;
  customerKey: string;
  identifiers: Identifier[];
  personKeys: string[];
  kanaKey: string | null;
}

/**
 * The orders of one page, newest first by (placed_at, order_id). Without `search` the statement
 * walks orders_recent_idx (or orders_decision_idx, or the queue's partial orders_open_idx)
 * backwards from the cursor and stops after `limit` matches (orders_score_idx, orders_reasons_idx
 * and orders_decided_idx serve filters that match few). With it, the orders the keys find are
 * read first (`matches`), so the rows sorted are one person's, not the site's.
 */
export async function readOrderPage(db: Db, siteId: string, query: OrderPageQuery) {
  const where: Array<SQL | undefined> = [eq(orders.siteId, siteId)];
  if (query.decision) where.push(eq(orders.decision, query.decision));
  // Written out, not as parameters, so the planner can prove the partial index's predicate.
  if (query.status === "open") where.push(sql`${orders.decision} = 'review' and ${orders.label} is null`);
  if (query.status === "decided") where.push(sql`${orders.label} is not null`);
  if (query.minScore !== undefined) where.push(gte(orders.score, query.minScore));
  if (query.maxScore !== undefined) where.push(lte(orders.score, query.maxScore));
  if (query.reason) where.push(sql`${orders.reasons} @> ${jsonParam([{ code: query.reason }])}`);
  if (query.from) where.push(gte(orders.placedAt, query.from));
  if (query.to) where.push(lte(orders.placedAt, query.to));
  if (query.search) where.push(matches(siteId, query.search));
  if (query.after) {
    where.push(
      sql`(${orders.placedAt}, ${orders.orderId}) < (${query.after.placedAt.toISOString()}::timestamptz, ${query.after.orderId})`,
    );
  }
  return db
    .select({
      ...orderHeadline,
      reasonCodes: sql<string[]>`array(select r->>'code' from jsonb_array_elements(${orders.reasons}) r)`,
      ringId: orders.ringId,
      customerId: sql<string | null>`${orders.request}->'customer'->>'id'`,
      // Requests stored before sealing keep the e-mail in clear; the others in the seal (orders/personal-data.ts).
      email: sql<
        string | null
      >`coalesce(${orders.request}->'customer'->>'email', ${orders.request}->'billing'->>'email', ${orders.request}->'shipping'->>'email')`,
      sealed: sql<string | null>`${orders.request}->>'$sealed'`,
      amount: orders.amount,
      label: orders.label,
      labelReviewer: orders.labelReviewer,
      labeledAt: orders.labeledAt,
    })
    .from(orders)
    .where(and(...where))
    .orderBy(desc(orders.placedAt), desc(orders.orderId))
    .limit(query.limit);
}

export type OrderPageRow = Awaited<ReturnType<typeof readOrderPage>>[number];

/**
 * The orders any key of the search finds, as one array computed first (an InitPlan): the list then
 * reads those few orders by primary key and sorts them. Written as one OR beside the list's own
 * ORDER BY … LIMIT, the planner walked the whole site newest first hoping to meet 50 matches soon
 * (hundreds of ms at 100k orders); inside the array, with no order to keep, each key is an index
 * condition of one BitmapOr, and the identifier keys one lookup of order_identifiers' primary key.
 */
function matches(siteId: string, search: OrderSearch): SQL {
  const wanted = sql`select kind, value from jsonb_to_recordset(${jsonParam(search.identifiers)}) as w(kind text, value text)`;
  const personKeys = sql`array(select jsonb_array_elements_text(${jsonParam(search.personKeys)}))`;
  return sql`${orders.orderId} = any(array(
    select ${orders.orderId} from ${orders} where ${orders.siteId} = ${siteId} and (
      ${orders.orderId} = ${search.text} or ${orders.ringId} = ${search.text}
      or ${orders.customerKey} = ${search.customerKey} or ${orders.personKey} = any(${personKeys})
      or ${orders.kanaKey} = ${search.kanaKey})
    union
    select ${orderIdentifiers.orderId} from ${orderIdentifiers} where ${orderIdentifiers.siteId} = ${siteId}
      and (${orderIdentifiers.kind}, ${orderIdentifiers.value}) in (${wanted})))`;
}
