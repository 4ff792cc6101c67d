import type { WebhookDeliveryType, WebhookEventStatus, WebhookOrderData } from "@shinsa/shared";
import { and, desc, eq, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";
import { type Db, jsonValue, rowsOf } from "../client.js";
import { jsonParam } from "../json-param.js";
import { webhookEvents } from "../schema.js";
import { stamp } from "../time-param.js";

// Events are written by the statement or transaction that makes the change they report: an answer
// given is an event kept. Each insert selects from the site's endpoint, so a site without one (or
// not subscribed to the type) writes nothing and pays one primary-key read. Every table is
// filtered by the site as a parameter, so each stays on its site's partition (docs/scaling.md).

const newEventId = sql`'evt_' || replace(gen_random_uuid()::text, '-', '')`;

/**
 * The insert of an order's `order.scored` or `order.rescored` event, as a statement to run inside
 * the one that stores the order (a CTE, so it reads the order as it was before). `order.scored` is
 * written when the order is new or its decision changed (a repeated post of the same answer is
 * not news); `order.rescored` only when the decision changed, with the one before.
 */
export function orderEventInsert(
  siteId: string,
  data: Omit<WebhookOrderData, "previous" | "rescoredBy" | "review">,
  at: Date,
  rescoredBy?: string,
): SQL {
  const type = rescoredBy ? "order.rescored" : "order.scored";
  const body = rescoredBy
    ? sql`${jsonParam(data)} || jsonb_build_object(
        'previous', jsonb_build_object('score', o.score, 'decision', o.decision), 'rescoredBy', ${rescoredBy}::text)`
    : jsonParam(data);
  // A re-scoring reads the order it replaces once, in the join that also gives `previous`.
  const changed = rescoredBy
    ? sql`o.decision <> ${data.decision}::text`
    : sql`not exists (select 1 from orders o where o.site_id = ${siteId}::text and o.order_id = ${data.orderId}::text and o.decision = ${data.decision}::text)`;
  const from = rescoredBy
    ? sql`webhook_endpoints e join orders o on o.site_id = ${siteId}::text and o.order_id = ${data.orderId}::text`
    : sql`webhook_endpoints e`;
  return sql`(insert into webhook_events (site_id, id, type, order_id, data, created_at, next_attempt_at)
    select e.site_id, ${newEventId}, ${type}::text, ${data.orderId}::text, ${body}, ${stamp(at)}, ${stamp(at)}
    from ${from}
    where e.site_id = ${siteId}::text and ${type}::text = any(e.events) and ${changed})`;
}

/** The `order.reviewed` event of a label, written in the label's transaction; the order's answer is read as it is now. */
export async function insertReviewEvent(
  db: Db,
  siteId: string,
  orderId: string,
  review: { label: string; reviewer: string | null; at: Date },
): Promise<void> {
  await db.execute(sql`insert into webhook_events (site_id, id, type, order_id, created_at, next_attempt_at, data)
    select e.site_id, ${newEventId}, 'order.reviewed', o.order_id, ${stamp(review.at)}, ${stamp(review.at)}, jsonb_build_object(
      'orderId', o.order_id, 'score', o.score, 'decision', o.decision,
      'reasons', (select coalesce(jsonb_agg(r->>'code'), '[]'::jsonb) from jsonb_array_elements(o.reasons) r),
      'ringId', o.ring_id,
      'review', jsonb_build_object('label', ${review.label}::text, 'reviewer', ${review.reviewer}::text, 'at', ${review.at.toISOString()}::text))
    from webhook_endpoints e join orders o on o.site_id = ${siteId}::text and o.order_id = ${orderId}::text
    where e.site_id = ${siteId}::text and 'order.reviewed' = any(e.events)`);
}

/** A `ping`, whatever the endpoint subscribes to; undefined when the site has no endpoint. */
export async function insertPing(db: Db, siteId: string, at: Date): Promise<string | undefined> {
  const rows = await db.execute(sql`insert into webhook_events (site_id, id, type, data, created_at, next_attempt_at)
    select e.site_id, ${newEventId}, 'ping', '{}'::jsonb, ${stamp(at)}, ${stamp(at)} from webhook_endpoints e where e.site_id = ${siteId}::text
    returning id`);
  const id = rowsOf(rows)[0]?.id;
  return id === undefined ? undefined : String(id);
}

export interface DueEvent {
  siteId: string;
  id: string;
  type: WebhookDeliveryType;
  data: Record<string, unknown>;
  createdAt: Date;
  attempts: number;
  url: string | null;
  secret: string | null;
  previousSecret: string | null;
  previousUntil: Date | null;
}

/** Sites with events due at `now`, the longest-waiting first: read without locks, across every site. */
export async function readSitesWithDueEvents(db: Db, now: Date, limit: number): Promise<string[]> {
  const rows = await db.execute(sql`
    select site_id from webhook_events
    where delivered_at is null and failed_at is null and next_attempt_at <= ${stamp(now)}
      and (locked_until is null or locked_until <= ${stamp(now)})
    group by site_id order by min(next_attempt_at) limit ${limit}`);
  return rowsOf(rows).map((r) => String(r.site_id));
}

/**
 * Takes up to `limit` of one site's events due at `now` for this process: each is locked until
 * `lockedUntil` (a process that dies mid-delivery leaves it to be claimed again after that) and
 * its attempt is counted. SKIP LOCKED lets several processes claim side by side without taking the
 * same row. One site per claim: row locks stay within one site's shard (docs/scaling.md).
 */
export async function claimDueEvents(
  db: Db,
  siteId: string,
  now: Date,
  lockedUntil: Date,
  limit: number,
): Promise<DueEvent[]> {
  const rows = await db.execute<Record<string, unknown>>(sql`
    with due as (
      select site_id, id from webhook_events
      where site_id = ${siteId}::text and delivered_at is null and failed_at is null
        and next_attempt_at <= ${stamp(now)}
        and (locked_until is null or locked_until <= ${stamp(now)})
      order by next_attempt_at
      limit ${limit}
      for update skip locked),
    claimed as (
      update webhook_events w set locked_until = ${stamp(lockedUntil)}, attempts = w.attempts + 1
      from due where w.site_id = ${siteId}::text and w.id = due.id
      returning w.site_id, w.id, w.type, w.data, w.created_at, w.attempts)
    select c.*, e.url, e.secret, e.previous_secret, e.previous_until
    from claimed c left join webhook_endpoints e on e.site_id = ${siteId}::text`);
  return rowsOf(rows).map((r) => ({
    siteId: String(r.site_id),
    id: String(r.id),
    type: r.type as WebhookDeliveryType,
    data: jsonValue<Record<string, unknown>>(r.data, {}),
    createdAt: new Date(r.created_at as string),
    attempts: Number(r.attempts),
    url: (r.url as string | null) ?? null,
    secret: (r.secret as string | null) ?? null,
    previousSecret: (r.previous_secret as string | null) ?? null,
    previousUntil: r.previous_until ? new Date(r.previous_until as string) : null,
  }));
}

export type DeliveryOutcome =
  | { delivered: true; at: Date; status: number }
  | { delivered: false; status: number | null; error: string; retryAt: Date | null; at: Date };

/** What came of one attempt: delivered, to be retried at `retryAt`, or given up (`retryAt` null). */
export async function recordDelivery(db: Db, siteId: string, id: string, outcome: DeliveryOutcome): Promise<void> {
  const set = outcome.delivered
    ? { deliveredAt: outcome.at, lockedUntil: null, lastStatus: outcome.status, lastError: null }
    : {
        lockedUntil: null,
        lastStatus: outcome.status,
        lastError: outcome.error.slice(0, 500),
        ...(outcome.retryAt ? { nextAttemptAt: outcome.retryAt } : { failedAt: outcome.at, nextAttemptAt: null }),
      };
  await db
    .update(webhookEvents)
    .set(set)
    .where(and(eq(webhookEvents.siteId, siteId), eq(webhookEvents.id, id)));
}

const statusIs: Record<WebhookEventStatus, SQL | undefined> = {
  delivered: isNotNull(webhookEvents.deliveredAt),
  failed: isNotNull(webhookEvents.failedAt),
  pending: and(isNull(webhookEvents.deliveredAt), isNull(webhookEvents.failedAt)),
};

/** The site's events, newest first. */
export async function listEvents(db: Db, siteId: string, status: WebhookEventStatus | undefined, limit: number) {
  return db
    .select()
    .from(webhookEvents)
    .where(and(eq(webhookEvents.siteId, siteId), status ? statusIs[status] : undefined))
    .orderBy(desc(webhookEvents.createdAt), desc(webhookEvents.id))
    .limit(limit);
}

/** How many events wait for an attempt and how many were given up. */
export async function countUndelivered(db: Db, siteId: string): Promise<{ pending: number; failed: number }> {
  const [row] = await db
    .select({
      pending: sql<number>`count(*) filter (where ${webhookEvents.failedAt} is null)::int`,
      failed: sql<number>`count(*) filter (where ${webhookEvents.failedAt} is not null)::int`,
    })
    .from(webhookEvents)
    .where(and(eq(webhookEvents.siteId, siteId), isNull(webhookEvents.deliveredAt)));
  return { pending: Number(row?.pending ?? 0), failed: Number(row?.failed ?? 0) };
}

/** Every site's events waiting for an attempt, for /metrics. */
export async function countPendingEvents(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(webhookEvents)
    .where(and(isNull(webhookEvents.deliveredAt), isNull(webhookEvents.failedAt)));
  return Number(row?.n ?? 0);
}

/** Puts a given-up (or delivered) event back in the queue, due now, with its attempts from zero; false when the site has no such event. */
export async function requeueEvent(db: Db, siteId: string, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(webhookEvents)
    .set({ failedAt: null, deliveredAt: null, attempts: 0, nextAttemptAt: now, lockedUntil: null })
    .where(
      and(
        eq(webhookEvents.siteId, siteId),
        eq(webhookEvents.id, id),
        or(isNotNull(webhookEvents.failedAt), isNotNull(webhookEvents.deliveredAt)),
      ),
    )
    .returning({ id: webhookEvents.id });
  return rows.length > 0;
}

/** Delivered events older than `before`, in batches; the undelivered stay for the merchant to see. */
export async function deleteDeliveredBefore(db: Db, before: Date, batch = 5_000): Promise<number> {
  const rows = await db.execute(sql`delete from webhook_events where (site_id, id) in (
    select site_id, id from webhook_events where delivered_at < ${stamp(before)} limit ${batch})
    returning id`);
  return rowsOf(rows).length;
}
