import type { TokenResponse } from "@shinsa/shared";
import { and, count, countDistinct, eq, min } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { deviceTokens, orderIdentifiers } from "../db/schema.js";
import { ApiError, notFound } from "../lib/api-error.js";
import { keyed } from "../lib/identifier.js";

/** `GET /v1/tokens/{token}`, scoped to the site of the secret key: another site's token is not found. */
export async function getToken(
  db: Db,
  secret: string,
  siteId: string,
  token: string,
  now: Date,
): Promise<TokenResponse> {
  const [row] = await db
    .select()
    .from(deviceTokens)
    .where(and(eq(deviceTokens.siteId, siteId), eq(deviceTokens.token, token)))
    .limit(1);
  if (!row) throw notFound("token");
  if (row.expiresAt <= now) throw new ApiError(410, "token_expired", "the token has expired");
  const [[history], [orders]] = await Promise.all([
    db
      .select({ firstSeenAt: min(deviceTokens.createdAt), visits: count() })
      .from(deviceTokens)
      .where(and(eq(deviceTokens.siteId, siteId), eq(deviceTokens.deviceId, row.deviceId))),
    // Scored orders carry the device as a keyed identifier: the same index scoring reads.
    db
      .select({ orders: count(), accounts: countDistinct(orderIdentifiers.customerKey) })
      .from(orderIdentifiers)
      .where(
        and(
          eq(orderIdentifiers.siteId, siteId),
          eq(orderIdentifiers.kind, "device"),
          eq(orderIdentifiers.value, keyed(secret, "device", row.deviceId)),
        ),
      ),
  ]);
  return {
    token: row.token,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    deviceId: row.deviceId,
    hardwareId: row.hardwareId,
    visitorId: row.visitorId,
    ip: row.ip,
    browser: row.client.browser,
    os: row.client.os,
    device: row.client.device,
    signals: row.signals,
    flags: row.flags as TokenResponse["flags"],
    flagReasons: row.flagReasons,
    behavior: (row.behavior as TokenResponse["behavior"]) ?? null,
    history: {
      firstSeenAt: new Date(history?.firstSeenAt ?? row.createdAt).toISOString(),
      visits: history?.visits ?? 1,
      accounts: Number(orders?.accounts ?? 0),
      orders: Number(orders?.orders ?? 0),
    },
  };
}
