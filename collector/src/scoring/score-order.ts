import { type OrderRequest, type OrderResponse, orderRequestSchema } from "@shinsa/shared";
import { and, eq, getTableColumns, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { orderIdentifiers, orders } from "../db/schema.js";
import type { AppDeps } from "../deps.js";
import { validate } from "../lib/read-body.js";
import { buildFacts, type TokenStatus } from "./facts.js";
import { findTokenReuse, loadListHits, loadNeighbours, loadRingStats, loadToken, type TokenRow } from "./history.js";
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
  const [settings, { status, device, reusedBy }] = await Promise.all([
    getSiteSettings(db, siteId),
    checkToken(db, siteId, order.orderId, order.token, now),
  ]);
  const identity = getOrderIdentity(order);

  const deviceIds = device && status !== "unknown" ? device : null;
  const identifiers = getIdentifiers(
    secret,
    { customerId: order.customer?.id, ip: order.ip ?? deviceIds?.ip },
    identity,
    deviceIds,
  );
  const [neighbours, listHits] = await Promise.all([
    loadNeighbours(db, siteId, identifiers, order.orderId, settings.hubAccounts),
    loadListHits(db, siteId, identifiers),
  ]);

  // Rings of the neighbours, at most a handful: what the order would join, beyond its direct links.
  const ringIds = [...new Set(neighbours.map((n) => n.ringId).filter((r): r is string => r !== null))].slice(0, 8);
  const ringStats = await loadRingStats(db, siteId, ringIds);

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
  const [device, reusedBy] = await Promise.all([
    loadToken(db, siteId, token),
    findTokenReuse(db, siteId, token, orderId),
  ]);
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
 * update leaves the order itself to its upsert.
 */
async function storeOrder(
  db: Db,
  input: {
    order: OrderRow;
    identifiers: Identifier[];
    shared: Pick<
      typeof orderIdentifiers.$inferInsert,
      "customerKey" | "personKey" | "surnameKey" | "riskyUnits" | "units"
    >;
    ring: RingPlan | null;
  },
): Promise<void> {
  const { order, identifiers, shared, ring } = input;
  const { siteId, orderId } = order;
  const parts: SQLWrapper[] = [
    db
      .insert(orders)
      .values(order)
      .onConflictDoUpdate({
        target: [orders.siteId, orders.orderId],
        set: { ...order, siteId: undefined, orderId: undefined },
      }),
    db.delete(orderIdentifiers).where(
      and(
        eq(orderIdentifiers.siteId, siteId),
        eq(orderIdentifiers.orderId, orderId),
        identifiers.length
          ? sql`(${orderIdentifiers.kind}, ${orderIdentifiers.value}) not in (${sql.join(
              identifiers.map((i) => sql`(${i.kind}, ${i.value})`),
              sql`, `,
            )})`
          : undefined,
      ),
    ),
  ];
  if (identifiers.length) {
    parts.push(
      db
        .insert(orderIdentifiers)
        .values(
          identifiers.map((i) => ({
            siteId,
            kind: i.kind,
            value: i.value,
            orderId,
            placedAt: order.placedAt,
            amount: order.amount ?? null,
            ...shared,
          })),
        )
        .onConflictDoUpdate({
          target: [orderIdentifiers.siteId, orderIdentifiers.kind, orderIdentifiers.value, orderIdentifiers.orderId],
          set: excluded(orderIdentifiers, [
            "placedAt",
            "customerKey",
            "personKey",
            "surnameKey",
            "amount",
            "riskyUnits",
            "units",
          ]),
        }),
    );
  }
  const moveRings = ring && ringUpdate(db, siteId, orderId, ring);
  if (moveRings) parts.push(moveRings);
  const ctes = sql.join(
    // A query builder renders itself in parentheses already.
    parts.map((part, i) => sql`${sql.raw(`w${i}`)} as ${part}`),
    sql`, `,
  );
  await db.execute(sql`with ${ctes} select 1`);
}

/** `set` of an upsert that takes the named columns from the row it tried to insert: each value is sent once. */
function excluded(table: typeof orders | typeof orderIdentifiers, keys: string[]): Record<string, SQL> {
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  return Object.fromEntries(
    keys.flatMap((key) => {
      const column = columns[key];
      return column ? [[key, sql.raw(`excluded."${column.name}"`)]] : [];
    }),
  );
}
