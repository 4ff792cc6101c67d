import type { FlagReason, TokenResponse } from "@shinsa/shared";
import type { Db } from "../db/client.js";
import { readDeviceOrders, readDeviceVisits, readToken } from "../db/queries/device-tokens.js";
import { ApiError, notFound } from "../lib/api-error.js";
import { keyed } from "../lib/identifier.js";
import type { Lang } from "../lib/lang.js";

/** `GET /v1/tokens/{token}`, scoped to the site of the secret key: another site's token is not found. */
export async function getToken(
  db: Db,
  secret: string,
  siteId: string,
  token: string,
  now: Date,
  options: { evenIfExpired?: boolean; lang?: Lang } = {},
): Promise<TokenResponse> {
  const row = await readToken(db, siteId, token);
  if (!row) throw notFound("token");
  // A merchant's server may not read an expired token; a reviewer looking back at the order may.
  if (row.expiresAt <= now && !options.evenIfExpired) throw new ApiError(410, "token_expired", "the token has expired");
  const [history, orders] = await Promise.all([
    readDeviceVisits(db, siteId, row.deviceId),
    // Scored orders carry the device as a keyed identifier: the same index scoring reads.
    readDeviceOrders(db, siteId, keyed(secret, "device", row.deviceId)),
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
    flagReasons: row.flagReasons.map((r) => inLanguage(r, options.lang ?? "ja")),
    behavior: (row.behavior as TokenResponse["behavior"]) ?? null,
    history: {
      firstSeenAt: new Date(history?.firstSeenAt ?? row.createdAt).toISOString(),
      visits: history?.visits ?? 1,
      accounts: Number(orders?.accounts ?? 0),
      orders: Number(orders?.orders ?? 0),
    },
  };
}

/**
 * A flag's reason in the caller's language, as an order's reasons are (Japanese unless
 * `Accept-Language: en`); `ja` stays beside it. Stored before reasons had Japanese text, it is English.
 */
function inLanguage(reason: FlagReason, lang: Lang): FlagReason {
  return lang === "ja" && reason.ja ? { ...reason, message: reason.ja } : reason;
}
