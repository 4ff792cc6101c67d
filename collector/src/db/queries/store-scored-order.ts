import type { Decision } from "@shinsa/shared";
import { and, eq, getTableColumns, ne, or, type SQL, sql } from "drizzle-orm";
import type { Identifier } from "../../lib/identifier.js";
import type { RingPlan } from "../../scoring/rings.js";
import type { Db } from "../client.js";
import { inJsonList, jsonParam } from "../json-param.js";
import { orderIdentifiers, orders } from "../schema.js";
import { rescoreRequestsInsert } from "./rescore-requests.js";
import { orderEventInsert } from "./webhook-outbox.js";

export type ScoredOrderRow = typeof orders.$inferInsert;

/** What every identifier row of the order carries beside its kind and value, so neighbours are read from the index alone. */
export interface IdentifierRowFacts {
  customerKey: string | null;
  personKey: string | null;
  surnameKey: string | null;
  riskyUnits: number;
  units: number;
}

/**
 * Stores the order, its identifier rows and its ring in one statement: data-modifying CTEs run
 * as one atomic statement, so this is the transaction it replaces without BEGIN and COMMIT round
 * trips (https://www.postgresql.org/docs/current/queries-with.html#QUERIES-WITH-MODIFYING). The
 * parts share one snapshot and their order is unspecified, so none may touch a row another
 * writes: identifier rows still wanted are upserted and only the others deleted, and the ring
 * update leaves the order itself to its upsert. Lists go as jsonb parameters, so the statement's
 * text is the same for every order and is prepared once per connection.
 */
export async function storeScoredOrder(
  db: Db,
  input: {
    order: ScoredOrderRow;
    identifiers: Identifier[];
    carried: IdentifierRowFacts;
    ring: RingPlan | null;
    /** A re-scoring, set off by a later order: recorded with the answer the order had first. */
    rescore?: { by: string; at: Date };
    /** The earlier orders this one asks to score again (none when it is itself a re-scoring). */
    rescoreTargets?: string[];
  },
): Promise<void> {
  const { order, identifiers, carried, ring, rescore, rescoreTargets = [] } = input;
  const { siteId, orderId } = order;
  const wanted = sql`select kind, value from jsonb_to_recordset(${jsonParam(
    identifiers.map((i) => ({ kind: i.kind, value: i.value })),
  )}) as q(kind text, value text)`;
  const upsertOrder = db
    .insert(orders)
    .values(order)
    .onConflictDoUpdate({
      target: [orders.siteId, orders.orderId],
      set: {
        ...excluded(Object.keys(order).filter((k) => k !== "siteId" && k !== "orderId")),
        ...(rescore && { rescore: rescoreOf(rescore.by, rescore.at) }),
      },
    });
  const dropIdentifiers = db
    .delete(orderIdentifiers)
    .where(
      and(
        eq(orderIdentifiers.siteId, siteId),
        eq(orderIdentifiers.orderId, orderId),
        sql`(${orderIdentifiers.kind}, ${orderIdentifiers.value}) not in (${wanted})`,
      ),
    );
  // The webhook event rides in the same statement: an answer stored is an event kept.
  const event = orderEventInsert(
    siteId,
    {
      orderId,
      score: order.score,
      decision: order.decision as Decision,
      reasons: order.reasons.map((r) => r.code),
      ringId: order.ringId ?? null,
    },
    rescore?.at ?? order.receivedAt ?? new Date(),
    rescore?.by,
  );
  // So are its re-score requests: an answer given is a re-score that survives a crash.
  const asks = rescoreRequestsInsert(
    siteId,
    { orderId, placedAt: order.placedAt },
    rescoreTargets,
    order.receivedAt ?? new Date(),
  );
  await db.execute(
    sql`with w0 as ${upsertOrder}, w1 as ${dropIdentifiers}, w2 as ${upsertIdentifiers(order, wanted, carried)}, w3 as ${moveRing(db, siteId, orderId, ring)}, w4 as ${event}, w5 as ${asks} select 1`,
  );
}

/** Inserts or refreshes one identifier row per wanted (kind, value); the carried columns are listed once. */
function upsertIdentifiers(order: ScoredOrderRow, wanted: SQL, carried: IdentifierRowFacts): SQL {
  const values: Record<string, SQL> = {
    placedAt: sql`${order.placedAt.toISOString()}::timestamptz`,
    customerKey: sql`${carried.customerKey}::text`,
    personKey: sql`${carried.personKey}::text`,
    surnameKey: sql`${carried.surnameKey}::text`,
    amount: sql`${order.amount ?? null}::integer`,
    riskyUnits: sql`${carried.riskyUnits}::integer`,
    units: sql`${carried.units}::integer`,
  };
  const columns = getTableColumns(orderIdentifiers) as Record<string, { name: string }>;
  const names = Object.keys(values).map((key) => columns[key]?.name ?? key);
  return sql`(
    insert into order_identifiers (site_id, kind, value, order_id, ${sql.raw(names.join(", "))})
    select ${order.siteId}::text, w.kind, w.value, ${order.orderId}::text, ${sql.join(Object.values(values), sql`, `)}
    from (${wanted}) w
    on conflict (site_id, kind, value, order_id) do update set ${sql.raw(names.map((n) => `${n} = excluded.${n}`).join(", "))})`;
}

/**
 * The one UPDATE that moves the other orders of a plan into its ring; the order itself gets its
 * ring id in its own upsert, so this leaves it alone (one statement must not write a row twice).
 * Without a plan it matches nothing. Its text is the same for every plan (lists as jsonb).
 */
function moveRing(db: Db, siteId: string, orderId: string, plan: RingPlan | null) {
  return db
    .update(orders)
    .set({ ringId: plan?.ringId ?? null })
    .where(
      and(
        eq(orders.siteId, siteId),
        ne(orders.orderId, orderId),
        or(inJsonList(orders.ringId, plan?.merged ?? []), inJsonList(orders.orderId, plan?.loose ?? [])),
      ),
    );
}

/**
 * The re-scoring record, read against the row being replaced: the first answer survives every
 * later re-scoring (`scoreBefore` of an earlier record, else the row's own score).
 */
function rescoreOf(by: string, at: Date): SQL {
  return sql`jsonb_build_object(
    'at', ${at.toISOString()}::text,
    'by', ${by}::text,
    'scoreBefore', coalesce((${orders.rescore}->>'scoreBefore')::int, ${orders.score}),
    'decisionBefore', coalesce(${orders.rescore}->>'decisionBefore', ${orders.decision}))`;
}

/** `set` of the order upsert that takes the named columns from the row it tried to insert: each value is sent once. */
function excluded(keys: string[]): Record<string, SQL> {
  const columns = getTableColumns(orders) as Record<string, { name: string }>;
  return Object.fromEntries(
    keys.flatMap((key) => {
      const column = columns[key];
      return column ? [[key, sql.raw(`excluded."${column.name}"`)]] : [];
    }),
  );
}
