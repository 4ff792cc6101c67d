import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { sites } from "../db/schema.js";

export type Site = typeof sites.$inferSelect;

export async function findSiteByPublicKey(db: Db, publicKey: string): Promise<Site | undefined> {
  const [site] = await db.select().from(sites).where(eq(sites.publicKey, publicKey)).limit(1);
  return site;
}

/** Whether any site lists this origin; answers CORS preflights, which carry no site key. */
export async function isKnownOrigin(db: Db, origin: string): Promise<boolean> {
  const [row] = await db.select({ id: sites.id }).from(sites).where(sql`${origin} = any(${sites.origins})`).limit(1);
  return row !== undefined;
}
