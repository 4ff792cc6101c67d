import { and, eq, gt, isNull, type SQL, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { jsonParam } from "../json-param.js";
import { deviceTokens, orderIdentifiers, orders } from "../schema.js";

// The pass that cuts IP addresses stored before a site turned truncateIp on (sites/ip-truncation.ts).
// Each reader walks the primary key after `after`, so a batch is an index range, and skips what is
// already done, so the pass can stop anywhere and run again.

// An address cut to /24 ends in ".0", one cut to /48 in "::": those need nothing.
const notCut = (ip: SQL | typeof deviceTokens.ip) => sql`${ip} !~ '(\\.0|::)$'`;

export async function readUncutTokenIps(db: Db, siteId: string, after: string | null, limit: number) {
  return db
    .select({ token: deviceTokens.token, ip: deviceTokens.ip })
    .from(deviceTokens)
    .where(
      and(
        eq(deviceTokens.siteId, siteId),
        after === null ? undefined : gt(deviceTokens.token, after),
        sql`${deviceTokens.ip} is not null`,
        notCut(deviceTokens.ip),
      ),
    )
    .orderBy(deviceTokens.token)
    .limit(limit);
}

export async function writeTokenIps(db: Db, siteId: string, cut: Array<{ token: string; ip: string }>) {
  if (cut.length === 0) return;
  await db.execute(sql`update device_tokens d set ip = v.ip
    from jsonb_to_recordset(${jsonParam(cut)}) as v(token text, ip text)
    where d.site_id = ${siteId} and d.token = v.token`);
}

/** Orders not yet marked `$ipTruncated`, with the IP of their token (the identifier fell back to it). */
export async function readUnmarkedOrders(db: Db, siteId: string, after: string | null, limit: number) {
  return db
    .select({ orderId: orders.orderId, request: orders.request, tokenIp: deviceTokens.ip })
    .from(orders)
    .leftJoin(deviceTokens, and(eq(deviceTokens.siteId, orders.siteId), eq(deviceTokens.token, orders.token)))
    .where(
      and(
        eq(orders.siteId, siteId),
        after === null ? undefined : gt(orders.orderId, after),
        sql`${orders.request}->>'$ipTruncated' is null`,
      ),
    )
    .orderBy(orders.orderId)
    .limit(limit);
}

/**
 * One order's request with its IP cut and marked, and its `ip` identifier re-keyed from the full
 * address to the network's, in one transaction; nothing when the order was stored again meanwhile
 * (re-scoring stores it already cut and marked).
 */
export async function writeCutOrder(
  db: Db,
  input: { siteId: string; orderId: string; request: Record<string, unknown>; ipKey?: { from: string; to: string } },
) {
  const { siteId, orderId, request, ipKey } = input;
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const updated = await t
      .update(orders)
      .set({ request })
      .where(
        and(eq(orders.siteId, siteId), eq(orders.orderId, orderId), isNull(sql`${orders.request}->>'$ipTruncated'`)),
      )
      .returning({ orderId: orders.orderId });
    if (updated.length === 0 || !ipKey || ipKey.from === ipKey.to) return;
    await t
      .update(orderIdentifiers)
      .set({ value: ipKey.to })
      .where(
        and(
          eq(orderIdentifiers.siteId, siteId),
          eq(orderIdentifiers.kind, "ip"),
          eq(orderIdentifiers.value, ipKey.from),
          eq(orderIdentifiers.orderId, orderId),
        ),
      );
  });
}
