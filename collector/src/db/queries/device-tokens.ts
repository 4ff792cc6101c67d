import { and, count, countDistinct, eq, getTableColumns, min, sql } from "drizzle-orm";
import { createGroupCommit } from "../../lib/group-commit.js";
import type { Db } from "../client.js";
import { deviceTokens, orderIdentifiers } from "../schema.js";

export type DeviceTokenRow = typeof deviceTokens.$inferSelect;

/** A new token: every column, the times included. */
export type NewDeviceToken = typeof deviceTokens.$inferInsert & { createdAt: Date; updatedAt: Date };

const columns = Object.entries(getTableColumns(deviceTokens));

/**
 * One statement for any number of tokens: the group's rows go as one JSON array, so the text never
 * changes and the database prepares it once per connection (a multi-row VALUES is a new statement
 * for every group size, and each unprepared statement costs postgres.js a second round trip to learn
 * its parameters' types).
 */
const insertTokensOf = (db: Db) =>
  db
    .insert(deviceTokens)
    .select(
      sql`select ${sql.join(
        columns.map(([, c]) => sql.identifier(c.name)),
        sql`, `,
      )} from jsonb_populate_recordset(null::device_tokens, ${sql.placeholder("rows")}::jsonb)`,
    )
    .prepare("insert_device_tokens");

/** The rows under their column names, as the JSON that `jsonb_populate_recordset` reads. */
const asJson = (rows: NewDeviceToken[]) =>
  JSON.stringify(
    rows.map((row) =>
      Object.fromEntries(columns.map(([key, c]) => [c.name, row[key as keyof NewDeviceToken] ?? null])),
    ),
  );

// One group commit per database: concurrent page views share one INSERT and one commit.
const groups = new WeakMap<Db, (row: NewDeviceToken) => Promise<void>>();

/** Stores a new token; resolves once it is committed (with the others that arrived alongside it). */
export function insertToken(db: Db, row: NewDeviceToken): Promise<void> {
  let insert = groups.get(db);
  if (!insert) {
    const statement = insertTokensOf(db);
    insert = createGroupCommit<NewDeviceToken>(async (rows) => {
      await statement.execute({ rows: asJson(rows) });
    });
    groups.set(db, insert);
  }
  return insert(row);
}

// The look-ups a checkout makes on every token, built once per database: drizzle builds a query's
// text anew at every call, which cost a token look-up more CPU than the database spent answering it.
const p = (name: string) => sql.placeholder(name);
const readsOf = (db: Db) => ({
  token: db
    .select()
    .from(deviceTokens)
    .where(and(eq(deviceTokens.siteId, p("siteId")), eq(deviceTokens.token, p("token"))))
    .limit(1)
    .prepare("read_token"),
  tokenOfSession: db
    .select()
    .from(deviceTokens)
    .where(
      and(
        eq(deviceTokens.siteId, p("siteId")),
        eq(deviceTokens.token, p("token")),
        eq(deviceTokens.sessionId, p("sessionId")),
      ),
    )
    .limit(1)
    .prepare("read_token_of_session"),
  visits: db
    .select({ firstSeenAt: min(deviceTokens.createdAt), visits: count() })
    .from(deviceTokens)
    .where(and(eq(deviceTokens.siteId, p("siteId")), eq(deviceTokens.deviceId, p("deviceId"))))
    .prepare("read_device_visits"),
  orders: db
    .select({ orders: count(), accounts: countDistinct(orderIdentifiers.customerKey) })
    .from(orderIdentifiers)
    .where(
      and(
        eq(orderIdentifiers.siteId, p("siteId")),
        eq(orderIdentifiers.kind, "device"),
        eq(orderIdentifiers.value, p("deviceKey")),
      ),
    )
    .prepare("read_device_orders"),
});
const reads = new WeakMap<Db, ReturnType<typeof readsOf>>();
const readsFor = (db: Db) => {
  let built = reads.get(db);
  if (!built) {
    built = readsOf(db);
    reads.set(db, built);
  }
  return built;
};

/** A token of the site, whole; with `sessionId`, only if the same page session made it. */
export async function readToken(
  db: Db,
  siteId: string,
  token: string,
  sessionId?: string,
): Promise<DeviceTokenRow | undefined> {
  const { token: read, tokenOfSession } = readsFor(db);
  const [row] =
    sessionId === undefined
      ? await read.execute({ siteId, token })
      : await tokenOfSession.execute({ siteId, token, sessionId });
  return row;
}

/** A later payload of the same page session: slow signals, behaviour, the visitor id the browser kept. */
export async function updateToken(
  db: Db,
  key: { siteId: string; token: string; sessionId: string },
  set: Partial<NewDeviceToken>,
): Promise<void> {
  await db
    .update(deviceTokens)
    .set(set)
    .where(
      and(
        eq(deviceTokens.siteId, key.siteId),
        eq(deviceTokens.token, key.token),
        eq(deviceTokens.sessionId, key.sessionId),
      ),
    );
}

/** When the site first saw a device, and how many tokens it has made for it. */
export async function readDeviceVisits(db: Db, siteId: string, deviceId: string) {
  const [row] = await readsFor(db).visits.execute({ siteId, deviceId });
  return row;
}

/** Orders scored with a device, and their accounts: `deviceKey` is the device's keyed identifier, the index scoring reads. */
export async function readDeviceOrders(db: Db, siteId: string, deviceKey: string) {
  const [row] = await readsFor(db).orders.execute({ siteId, deviceKey });
  return row;
}
