import { and, eq, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { deviceTokens, sites } from "../schema.js";

/** Every site's stored settings, for the retention each asks for. */
export async function readSiteSettingsAll(db: Db) {
  return db.select({ siteId: sites.id, settings: sites.settings }).from(sites);
}

/** Deletes up to `limit` of a site's tokens made before `before` (on device_tokens_age_idx); answers how many. */
export async function deleteSignalsBefore(db: Db, siteId: string, before: Date, limit: number): Promise<number> {
  const doomed = db
    .select({ token: deviceTokens.token })
    .from(deviceTokens)
    .where(and(eq(deviceTokens.siteId, siteId), lt(deviceTokens.createdAt, before)))
    .limit(limit);
  const deleted = await db
    .delete(deviceTokens)
    .where(and(eq(deviceTokens.siteId, siteId), inArray(deviceTokens.token, doomed)))
    .returning({ one: sql<number>`1` });
  return deleted.length;
}
