import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { secretKeys, sites } from "../schema.js";

export type Site = typeof sites.$inferSelect;
export type NewSecretKey = typeof secretKeys.$inferInsert;

export async function findSiteByPublicKey(db: Db, publicKey: string): Promise<Site | undefined> {
  const [site] = await db.select().from(sites).where(eq(sites.publicKey, publicKey)).limit(1);
  return site;
}

export async function findSiteByName(db: Db, name: string): Promise<Site | undefined> {
  const [site] = await db.select().from(sites).where(eq(sites.name, name)).limit(1);
  return site;
}

/** Whether any site lists this origin. */
export async function anySiteListsOrigin(db: Db, origin: string): Promise<boolean> {
  const [row] = await db.select({ id: sites.id }).from(sites).where(sql`${origin} = any(${sites.origins})`).limit(1);
  return row !== undefined;
}

/** A new site and its first secret key, both or neither. */
export async function insertSite(
  db: Db,
  site: { id: string; name: string; publicKey: string; origins: string[] },
  firstKey: Omit<NewSecretKey, "siteId">,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(sites).values(site);
    await tx.insert(secretKeys).values({ ...firstKey, siteId: site.id });
  });
}

export async function updateOrigins(db: Db, siteId: string, origins: string[]): Promise<void> {
  await db.update(sites).set({ origins }).where(eq(sites.id, siteId));
}

/** Every site, oldest first: an instance holds a handful, not thousands. */
export async function readSites(db: Db) {
  return db
    .select({
      id: sites.id,
      name: sites.name,
      origins: sites.origins,
      publicKey: sites.publicKey,
      createdAt: sites.createdAt,
    })
    .from(sites)
    .orderBy(asc(sites.createdAt), asc(sites.id));
}

/** Changes a site's name or origins; answers the site as it is now, or undefined when there is none. */
export async function updateSite(db: Db, siteId: string, change: { name?: string; origins?: string[] }) {
  const [site] = await db.update(sites).set(change).where(eq(sites.id, siteId)).returning({
    id: sites.id,
    name: sites.name,
    origins: sites.origins,
    publicKey: sites.publicKey,
    createdAt: sites.createdAt,
  });
  return site;
}
