import { count, type SQL, sql } from "drizzle-orm";
import { type Db, rowsOf } from "../client.js";
import { jsonParam } from "../json-param.js";
import { rescoreRequests } from "../schema.js";
import { stamp } from "../time-param.js";

// The re-score queue in the database: one row per order waiting, naming the newest order that
// asked. Any process claims a site's rows for a while and deletes them once done; a process that
// dies leaves its claim to expire. Every statement is filtered by the site as a parameter, so it
// stays on the site's partition or shard (docs/scaling.md).

// An order already waiting keeps its place in the queue (asked_at) and now names the newest asker;
// a claim in flight no longer covers it, so it is scored again after what that order brought.
const askedAgain = sql`on conflict (site_id, order_id) do update set asked_by = excluded.asked_by,
      asked_by_placed_at = excluded.asked_by_placed_at, claimed_by = null, locked_until = null`;

/** The order that asks for re-scores: its id and when it was placed. */
export interface RescoreAsker {
  orderId: string;
  placedAt: Date;
}

/**
 * The insert of the requests an order makes, as a statement to run inside the one that stores the
 * order (store-scored-order.ts): the order stored is its requests kept. The list goes as one jsonb
 * parameter, so the text is the same with or without targets.
 */
export function rescoreRequestsInsert(siteId: string, asker: RescoreAsker, targets: string[], at: Date): SQL {
  return sql`(insert into rescore_requests (site_id, order_id, asked_by, asked_by_placed_at, asked_at)
    select ${siteId}::text, t.order_id, ${asker.orderId}::text, ${stamp(asker.placedAt)}, ${stamp(at)}
    from jsonb_array_elements_text(${jsonParam(targets)}) as t(order_id)
    where t.order_id <> ${asker.orderId}::text
    ${askedAgain})`;
}

/**
 * The requests of a labelled order for the stored orders it joins, placed within `windowHours` of
 * it (the others have shipped): written right after the label.
 */
export async function askRescoresOfLabel(
  db: Db,
  siteId: string,
  asker: RescoreAsker,
  targets: string[],
  windowHours: number,
  at: Date,
): Promise<number> {
  if (targets.length === 0 || windowHours === 0) return 0;
  const rows =
    await db.execute(sql`insert into rescore_requests (site_id, order_id, asked_by, asked_by_placed_at, asked_at)
    select o.site_id, o.order_id, ${asker.orderId}::text, ${stamp(asker.placedAt)}, ${stamp(at)}
    from orders o
    where o.site_id = ${siteId}::text and o.order_id <> ${asker.orderId}::text
      and o.order_id = any(array(select jsonb_array_elements_text(${jsonParam(targets)})))
      and abs(extract(epoch from o.placed_at - ${stamp(asker.placedAt)})) <= ${windowHours * 3600}
    ${askedAgain}
    returning order_id`);
  return rowsOf(rows).length;
}

export interface ClaimedRescore {
  orderId: string;
  askedBy: string;
  askedByPlacedAt: Date;
}

/**
 * Takes up to `limit` of the site's waiting orders, longest waiting first, for `claimId` until
 * `lockedUntil`. SKIP LOCKED lets processes claim side by side without taking the same row.
 */
export async function claimRescores(
  db: Db,
  siteId: string,
  claimId: string,
  now: Date,
  lockedUntil: Date,
  limit: number,
): Promise<ClaimedRescore[]> {
  const rows = await db.execute(sql`
    with due as (
      select order_id from rescore_requests
      where site_id = ${siteId}::text and (locked_until is null or locked_until <= ${stamp(now)})
      order by asked_at
      limit ${limit}
      for update skip locked)
    update rescore_requests r set claimed_by = ${claimId}::text, locked_until = ${stamp(lockedUntil)}
    from due where r.site_id = ${siteId}::text and r.order_id = due.order_id
    returning r.order_id, r.asked_by, r.asked_by_placed_at`);
  return rowsOf(rows).map((r) => ({
    orderId: String(r.order_id),
    askedBy: String(r.asked_by),
    askedByPlacedAt: new Date(r.asked_by_placed_at as string),
  }));
}

/** Deletes what the claim covered; an order asked for again meanwhile is no longer the claim's and stays. */
export async function finishRescores(db: Db, siteId: string, claimId: string): Promise<void> {
  await db.execute(sql`delete from rescore_requests where site_id = ${siteId}::text and claimed_by = ${claimId}::text`);
}

/** Sites with orders waiting and not claimed (or whose claim expired), the longest-waiting first. */
export async function readSitesWithRescores(db: Db, now: Date, limit: number): Promise<string[]> {
  const rows = await db.execute(sql`
    select site_id from rescore_requests
    where locked_until is null or locked_until <= ${stamp(now)}
    group by site_id order by min(asked_at) limit ${limit}`);
  return rowsOf(rows).map((r) => String(r.site_id));
}

/** Orders waiting to be scored again, every site. */
export async function countPendingRescores(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(rescoreRequests);
  return Number(row?.n ?? 0);
}
