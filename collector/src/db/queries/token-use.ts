import type { DeviceFlags, Signals } from "@shinsa/shared";
import { and, eq, ne, sql } from "drizzle-orm";
import type { FoundToken } from "../../scoring/token-check.js";
import type { Db } from "../client.js";
import { deviceTokens, orders } from "../schema.js";

/** The token's device and another order that already used it, in one round trip. */
export async function loadTokenAndReuse(db: Db, siteId: string, token: string, orderId: string): Promise<FoundToken> {
  const [row] = await db
    .select({
      deviceId: deviceTokens.deviceId,
      hardwareId: deviceTokens.hardwareId,
      visitorId: deviceTokens.visitorId,
      ip: deviceTokens.ip,
      flags: deviceTokens.flags,
      signals: deviceTokens.signals,
      expiresAt: deviceTokens.expiresAt,
      reusedBy: sql<string | null>`(select ${orders.orderId} from ${orders} where ${and(
        eq(orders.siteId, siteId),
        eq(orders.token, token),
        ne(orders.orderId, orderId),
      )} limit 1)`,
    })
    .from(deviceTokens)
    .where(and(eq(deviceTokens.siteId, siteId), eq(deviceTokens.token, token)))
    .limit(1);
  if (!row) return { device: undefined, reusedBy: null };
  const { reusedBy, ...device } = row;
  return {
    device: { ...device, flags: device.flags as DeviceFlags, signals: device.signals as Signals },
    reusedBy: reusedBy ?? null,
  };
}
