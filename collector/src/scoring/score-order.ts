import { type OrderRequest, type OrderResponse, orderRequestSchema } from "@shinsa/shared";
import { and, eq, getTableColumns, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { orderIdentifiers, orders } from "../db/schema.js";
import type { AppDeps } from "../deps.js";
import { validate } from "../lib/read-body.js";
import { buildFacts, type TokenStatus } from "./facts.js";
import { jsonParam, loadHistory, loadTokenAndReuse, type TokenRow } from "./history.js";
import { getIdentifiers, type Identifier, keyed } from "./identifiers.js";
import { getOrderIdentity } from "./identity.js";
import { planRing, type RingPlan, ringUpdate } from "./rings.js";
import { rules } from "./rules/index.js";
import { evaluate } from "./score.js";
import { getSiteSettings, type SiteSettings } from "./settings.js";

export type Lang = "ja" | "en";

/**
 * Scores one order, top to bottom: normalise → identifiers → load the linked history (a bounded
 * set of indexed reads) → facts → rules → decision → store, with the ring, in one statement.
 * The HTTP route, the CSV import and the CLI all come through here.
 */
export async function scoreOrder(
  deps: Pick<AppDeps, "db" | "now" | "secret">,
  siteId: string,
  request: OrderRequest,
  options: { lang?: Lang } = {},
): Promise<OrderResponse> {
  const { db, secret } = deps;
  const order = validate(orderRequestSchema, request);
  const now = deps.now();
  const placedAt = order.createdAt ? new Date(order.createdAt) : now;
  const reads = Promise.all([getSiteSettings(db, siteId), checkToken(db, siteId, order.orderId, order.token, now)]);
  // Normalising is pure CPU: it runs while the token read is on the wire. Should it throw, the
  // reads' own failure is then nobody's to report, so it is caught here and the throw wins.
  reads.catch(() => {});
  const identity = getOrderIdentity(order);
  const [settings, { status, device, reusedBy }] = await reads;

  const deviceIds = device && status !== "unknown" ? device : null;
  const identifiers = getIdentifiers(
    secret,
    { customerId: order.customer?.id, ip: order.ip ?? deviceIds?.ip },
    identity,
    deviceIds,
  );
  // One round trip: the neighbours, the list entries and the neighbours' rings.
  const { neighbours, listHits, ringStats } = await loadHistory(
    db,
    siteId,
    identifiers,
    order.orderId,
    settings.hubAccounts,
  );

  const customerKey = order.customer?.id ? keyed(secret, "account", order.customer.id) : null;
  const personKey = identity.personKey ? keyed(secret, "person", identity.personKey) : null;
  const surnameKey = identity.surnameKey ? keyed(secret, "surname", identity.surnameKey) : null;
  const { riskyUnits, units } = countUnits(order.items ?? [], settings);
  const facts = buildFacts({
    order,
    placedAt,
    settings,
    identity,
    customerKey,
    personKey,
    surnameKey,
    token: { status, reusedBy },
    device: deviceIds,
    riskyUnits,
    units,
    neighbours,
    listHits,
    ringStats,
  });
  const result = evaluate(facts, rules);
  if (result.errors.length) console.error("[shinsa] rules failed:", result.errors);

  const via = [...new Set(facts.joined.flatMap((j) => j.via))];
  const links = { accounts: facts.group.accounts, orders: facts.joined.slice(0, 20).map((j) => j.orderId), via };
  const ring = planRing(facts.joined);
  await storeOrder(db, {
    order: {
      siteId,
      orderId: order.orderId,
      placedAt,
      receivedAt: now,
      customerKey,
      token: order.token ?? null,
      deviceId: deviceIds?.deviceId ?? null,
      amount: order.amount ?? null,
      request: order as unknown as Record<string, unknown>,
      score: result.score,
      decision: result.decision,
      reasons: result.hits,
      links,
      ringId: ring?.ringId ?? null,
    },
    identifiers,
    shared: { customerKey, personKey, surnameKey, riskyUnits, units },
    ring,
  });
  const ringId = ring?.ringId ?? null;

  const lang = options.lang ?? "ja";
  return {
    orderId: order.orderId,
    score: result.score,
    decision: result.decision,
    reasons: result.hits.map((h) => ({ code: h.code, score: h.score, message: h.message[lang] })),
    links: ringId ? { ...links, ringId } : links,
    ...(deviceIds && {
      device: { deviceId: deviceIds.deviceId, visitorId: deviceIds.visitorId, flags: deviceIds.flags },
    }),
  };
}

async function checkToken(
  db: Db,
  siteId: string,
  orderId: string,
  token: string | undefined,
  now: Date,
): Promise<{ status: TokenStatus; device: TokenRow | null; reusedBy: string | null }> {
  if (!token) return { status: "none", device: null, reusedBy: null };
  const { device, reusedBy } = await loadTokenAndReuse(db, siteId, token, orderId);
  if (!device) return { status: "unknown", device: null, reusedBy: null };
  if (reusedBy) return { status: "reused", device, reusedBy };
  return { status: device.expiresAt <= now ? "expired" : "valid", device, reusedBy: null };
}

function countUnits(items: NonNullable<OrderRequest["items"]>, settings: SiteSettings) {
  const risky = new Set(settings.riskyCategories.map((c) => c.toLowerCase()));
  let riskyUnits = 0;
  let units = 0;
  for (const item of items) {
    const quantity = item.quantity ?? 1;
    units += quantity;
    if (item.category && risky.has(item.category.toLowerCase())) riskyUnits += quantity;
  }
  return { riskyUnits, units };
}

type OrderRow = typeof orders.$inferInsert;

/**
 * Stores the order, its identifier rows and its ring in one statement: data-modifying CTEs run
 * as one atomic statement, so this is the transaction it replaces without BEGIN and COMMIT round
 * trips (https://www.postgresql.org/docs/current/queries-with.html#QUERIES-WITH-MODIFYING). The
 * parts share one snapshot and their order is unspecified, so none may touch a row another
 * writes: identifier rows still wanted are upserted and only the others deleted, and the ring
 * update leaves the order itself to its upsert. Lists go as jsonb parameters, so the statement's
 * text is the same for every order and is prepared once per connection.
 */
async function storeOrder(
  db: Db,
  input: {
    order: OrderRow;
    identifiers: Identifier[];
    shared: {
      customerKey: string | null;
      personKey: string | null;
      surnameKey: string | null;
      riskyUnits: number;
      units: number;
    };
    ring: RingPlan | null;
  },
): Promise<void> {
  const { order, identifiers, shared, ring } = input;
  const { siteId, orderId } = order;
  const wanted = sql`select kind, value from jsonb_to_recordset(${jsonParam(
    identifiers.map((i) => ({ kind: i.kind, value: i.value })),
  )}) as q(kind text, value text)`;
  const upsertOrder = db
    .insert(orders)
    .values(order)
    .onConflictDoUpdate({
      target: [orders.siteId, orders.orderId],
      set: excluded(Object.keys(order).filter((k) => k !== "siteId" && k !== "orderId")),
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
  const upsertIdentifiers = sql`(
    insert into order_identifiers
      (site_id, kind, value, order_id, placed_at, customer_key, person_key, surname_key, amount, risky_units, units)
    select ${siteId}::text, w.kind, w.value, ${orderId}::text, ${order.placedAt.toISOString()}::timestamptz,
           ${shared.customerKey}::text, ${shared.personKey}::text, ${shared.surnameKey}::text,
           ${order.amount ?? null}::integer, ${shared.riskyUnits}::integer, ${shared.units}::integer
    from (${wanted}) w
    on conflict (site_id, kind, value, order_id) do update set
      placed_at = excluded.placed_at, customer_key = excluded.customer_key, person_key = excluded.person_key,
      surname_key = excluded.surname_key, amount = excluded.amount, risky_units = excluded.risky_units,
      units = excluded.units)`;
  const moveRings = ringUpdate(db, siteId, orderId, ring);
  await db.execute(
    sql`with w0 as ${upsertOrder}, w1 as ${dropIdentifiers}, w2 as ${upsertIdentifiers}, w3 as ${moveRings} select 1`,
  );
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
