import { eq } from "drizzle-orm";
import type { Db } from "../client.js";
import { sites } from "../schema.js";

/** The settings a site stored (only what differs from the defaults, or an older shape), or {} for none. */
export async function readStoredSettings(db: Db, siteId: string): Promise<Record<string, unknown>> {
  const [row] = await db.select({ settings: sites.settings }).from(sites).where(eq(sites.id, siteId)).limit(1);
  return row?.settings ?? {};
}

export async function writeSettings(db: Db, siteId: string, settings: Record<string, unknown>): Promise<void> {
  await db.update(sites).set({ settings }).where(eq(sites.id, siteId));
}
