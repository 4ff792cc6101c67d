import { and, count, countDistinct, eq, min } from "drizzle-orm";
import { createGroupCommit } from "../../lib/group-commit.js";
import type { Db } from "../client.js";
import { deviceTokens, orderIdentifiers } from "../schema.js";

export type DeviceTokenRow = typeof deviceTokens.$inferSelect;
export type NewDeviceToken = typeof deviceTokens.$inferInsert;

// One group commit per database: concurrent page views share one INSERT and one commit.
const groups = new WeakMap<Db, (row: NewDeviceToken) => Promise<void>>();

/** Stores a new token; resolves once it is committed (with the others that arrived alongside it). */
export function insertToken(db: Db, row: NewDeviceToken): Promise<void> {
  let insert = groups.get(db);
  if (!insert) {
    insert = createGroupCommit<NewDeviceToken>(async (rows) => {
      await db.insert(deviceTokens).values(rows);
    });
    groups.set(db, insert);
  }
  return insert(row);
}

/** A token of the site, whole; with `sessionId`, only if the same page session made it. */
export async function readToken(
  db: Db,
  siteId: string,
  token: string,
  sessionId?: string,
): Promise<DeviceTokenRow | undefined> {
  const [row] = await db
    .select()
    .from(deviceTokens)
    .where(
      and(
        eq(deviceTokens.siteId, siteId),
        eq(deviceTokens.token, token),
        sessionId === undefined ? undefined : eq(deviceTokens.sessionId, sessionId),
      ),
    )
    .limit(1);
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
  const [row] = await db
    .select({ firstSeenAt: min(deviceTokens.createdAt), visits: count() })
    .from(deviceTokens)
    .where(and(eq(deviceTokens.siteId, siteId), eq(deviceTokens.deviceId, deviceId)));
  return row;
}

/** Orders scored with a device, and their accounts: `deviceKey` is the device's keyed identifier, the index scoring reads. */
export async function readDeviceOrders(db: Db, siteId: string, deviceKey: string) {
  const [row] = await db
    .select({ orders: count(), accounts: countDistinct(orderIdentifiers.customerKey) })
    .from(orderIdentifiers)
    .where(
      and(
        eq(orderIdentifiers.siteId, siteId),
        eq(orderIdentifiers.kind, "device"),
        eq(orderIdentifiers.value, deviceKey),
      ),
    );
  return row;
}
