import { FRAUD_LABELS } from "@shinsa/shared";
import { sql } from "drizzle-orm";
import { CITY_CATEGORY_ROWS, NEIGHBOURS_PER_IDENTIFIER } from "../../lib/history-bounds.js";
import { CONTEXT_KINDS, IDENTIFIER_KINDS, type Identifier, type IdentifierKind } from "../../lib/identifier.js";
import type { NetworkKind } from "../../lib/network-kind.js";
import type { LinkedHistory, ListHit, RingStats } from "../../scoring/facts/inputs.js";
import { type Db, jsonValue, rowsOf } from "../client.js";
import { jsonParam } from "../json-param.js";

// What scoring reads of an order's history, each part an indexed look-up bounded by a LIMIT,
// whatever the size of the history: the neighbours of each identifier, the lists, the rings.

// The labels are constants of the wire schema, so they go into the statement's text: its plan
// does not depend on a parameter.
const FRAUD_LABEL_LIST = sql.raw(FRAUD_LABELS.map((l) => `'${l}'`).join(", "));

// A context row (a category bought on the site, into a city) is counted, never linked, and no ring
// is read for it. A category bought on the site is not looked up in its order at all; one bought
// into the city is (at most CITY_CATEGORY_ROWS rows a key), for the ring it stands in: a burst's
// city is weighed without the buys of the group being judged (drop-burst-facts.ts). The kind is a
// constant of the code, so it goes into the text, and the test on it gates the look-up of the order
// before it runs: OFFSET 0 keeps the subquery from being flattened into a join, which would look up
// every row's order and then filter.
const CONTEXT_KIND_LIST = sql.raw(CONTEXT_KINDS.map((k) => `'${k}'`).join(", "));

/** Rings of the neighbours whose size is read, at most a handful: what the order would join, beyond its direct links. */
export const RINGS_READ = 8;

/**
 * Everything scoring reads of the history, in one statement and so one round trip: the neighbours
 * of each identifier, the list entries of its values, and the size and labels of the first
 * RINGS_READ rings among the neighbours. The neighbours are rows; the lists and the rings ride on
 * the first row as json (a row comes back even without neighbours, so the lists are never lost).
 */
export async function loadHistory(
  db: Db,
  siteId: string,
  identifiers: Identifier[],
  excludeOrderId: string,
  hubAccounts = NEIGHBOURS_PER_IDENTIFIER,
): Promise<LinkedHistory> {
  if (identifiers.length === 0) return { neighbours: [], listHits: [], ringStats: [] };
  // A weak value shared by more than `hubAccounts` accounts is a hub and ignored: reading past
  // that many rows of it would be work for nothing.
  const weakLimit = Math.min(NEIGHBOURS_PER_IDENTIFIER, hubAccounts + 1);
  const wanted = identifiers.map((i) => ({
    kind: i.kind,
    value: i.value,
    lim:
      IDENTIFIER_KINDS[i.kind] === "weak"
        ? weakLimit
        : i.kind === "areaCategory"
          ? CITY_CATEGORY_ROWS
          : NEIGHBOURS_PER_IDENTIFIER,
  }));
  // n: a LATERAL index scan per identifier, newest first, numbered in the order of the identifiers
  // (facts list the linked orders in that order). It reads only columns of
  // order_identifiers_recent_idx, so the scan is index-only: a few adjacent leaf pages per value.
  // r: the first rings met in that order. List entries are probed per identifier by their whole
  // primary key (site, list, kind, value), so the read does not grow with the lists. The LIMIT (a
  // key has one entry per list) keeps the LATERAL from being flattened into a join, whose plan could
  // scan all the site's entries of a list and hash them, as it did once with stale statistics.
  // Every table is filtered by the site as a parameter, not through a join: a table partitioned
  // or sharded by site is then narrowed to one partition when the plan is made (docs/scaling.md).
  const result = await db.execute(sql`
    with q as (
      select * from rows from (jsonb_to_recordset(${jsonParam(wanted)}) as (kind text, value text, lim int))
        with ordinality as q(kind, value, lim, at)
    ), n as (
      select row_number() over (order by q.at, n.placed_at desc, n.order_id desc) as pos,
             q.kind, q.value, n.order_id, n.placed_at, n.customer_key, n.person_key, n.surname_key,
             n.amount, n.risky_units, n.units, o.ring_id, o.label, o.network_kind,
             coalesce(o.reasons @> '[{"code": "account_takeover"}]', false) as takeover,
             coalesce(o.reasons @> '[{"code": "resale_pattern"}]' or o.reasons @> '[{"code": "resale_burst"}]', false) as resale_held,
             coalesce(o.reasons @> '[{"code": "new_account"}]', false) as new_account
      from q
      cross join lateral (
        select oi.site_id, oi.order_id, oi.placed_at, oi.customer_key, oi.person_key, oi.surname_key,
               oi.amount, oi.risky_units, oi.units
        from order_identifiers oi
        where oi.site_id = ${siteId} and oi.kind = q.kind and oi.value = q.value and oi.order_id <> ${excludeOrderId}
        order by oi.placed_at desc, oi.order_id desc
        limit q.lim
      ) n
      left join lateral (
        select o.ring_id, o.label, o.network_kind, o.reasons from orders o
        where q.kind <> 'siteCategory' and o.site_id = ${siteId} and o.order_id = n.order_id
        offset 0
      ) o on true
    ), r as (
      select ring_id from n where ring_id is not null and kind not in (${CONTEXT_KIND_LIST})
      group by ring_id order by min(pos) limit ${RINGS_READ}
    )
    select n.kind, n.value, n.order_id, n.placed_at, n.customer_key, n.person_key, n.surname_key,
           n.amount, n.risky_units, n.units, n.ring_id, n.label, n.takeover, n.resale_held, n.new_account, n.network_kind,
           case when n.pos is null or n.pos = 1 then (
             select coalesce(json_agg(json_build_object('list', l.list, 'kind', l.kind, 'value', l.value,
               'label', l.label, 'sourceOrderId', l.source_order_id) order by q.at, l.list desc), '[]')
             from q cross join lateral (
               select * from list_entries l
               where l.site_id = ${siteId} and l.list in ('deny', 'allow') and l.kind = q.kind and l.value = q.value
               limit 2
             ) l
           ) end as lists,
           case when n.pos is null or n.pos = 1 then (
             select coalesce(json_agg(json_build_object('ringId', s.ring_id, 'orders', s.orders,
               'accounts', s.accounts, 'labeled', s.labeled) order by s.ring_id), '[]')
             from (
               select o.ring_id, count(*) as orders, count(distinct o.customer_key) as accounts,
                      count(*) filter (where o.label in (${FRAUD_LABEL_LIST})) as labeled
               from orders o
               where o.site_id = ${siteId} and o.ring_id = any(array(select r.ring_id from r))
                 and o.order_id <> ${excludeOrderId}
               group by o.ring_id
             ) s
           ) end as rings
    from (values (1)) as one (x) left join n on true
    order by n.pos`);
  const rows = rowsOf(result);
  const first = rows[0];
  const neighbours = rows
    .filter((r) => r.order_id !== null && r.order_id !== undefined)
    .map((r) => ({
      kind: r.kind as IdentifierKind,
      value: String(r.value),
      orderId: String(r.order_id),
      placedAt: new Date(r.placed_at as string),
      customerKey: (r.customer_key as string | null) ?? null,
      personKey: (r.person_key as string | null) ?? null,
      surnameKey: (r.surname_key as string | null) ?? null,
      amount: r.amount === null || r.amount === undefined ? null : Number(r.amount),
      riskyUnits: Number(r.risky_units ?? 0),
      units: Number(r.units ?? 0),
      ringId: (r.ring_id as string | null) ?? null,
      label: (r.label as string | null) ?? null,
      takeover: r.takeover === true || r.takeover === "t",
      resaleHeld: r.resale_held === true || r.resale_held === "t",
      newAccount: r.new_account === true || r.new_account === "t",
      network: (r.network_kind as NetworkKind | null) ?? null,
    }));
  const ringStats = jsonValue<RingStats[]>(first?.rings, []).map((s) => ({
    ringId: String(s.ringId),
    orders: Number(s.orders),
    accounts: Number(s.accounts),
    labeled: Number(s.labeled),
  }));
  return { neighbours, listHits: jsonValue<ListHit[]>(first?.lists, []), ringStats };
}
