import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { secretKeys, sites } from "../schema.js";
import type { NewSecretKey } from "./sites.js";

// A site's secret keys as the admin routes change them. Each change locks the site's row first,
// so two requests at once cannot both pass the count they check (two live keys at most, never
// none): the second waits for the first and counts again.

/** A site's live keys, oldest first. */
export async function readLiveKeys(db: Db, siteId: string) {
  return db
    .select({
      id: secretKeys.id,
      hint: secretKeys.hint,
      createdAt: secretKeys.createdAt,
      lastUsedAt: secretKeys.lastUsedAt,
    })
    .from(secretKeys)
    .where(and(eq(secretKeys.siteId, siteId), isNull(secretKeys.revokedAt)))
    .orderBy(asc(secretKeys.createdAt), asc(secretKeys.id));
}

type Locked = { tx: Db; live: number };

/** Runs `change` with the site's row locked and its live keys counted; undefined when there is no such site. */
async function withSiteLocked<T>(
  db: Db,
  siteId: string,
  change: (locked: Locked) => Promise<T>,
): Promise<T | undefined> {
  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const [site] = await tx.select({ id: sites.id }).from(sites).where(eq(sites.id, siteId)).for("update");
    if (!site) return undefined;
    const [live] = await tx
      .select({ n: count() })
      .from(secretKeys)
      .where(and(eq(secretKeys.siteId, siteId), isNull(secretKeys.revokedAt)));
    return change({ tx, live: live?.n ?? 0 });
  });
}

/** Adds a key unless the site already holds `max` live ones. */
export async function insertKeyIfRoom(db: Db, key: NewSecretKey, max: number) {
  return withSiteLocked(db, key.siteId, async ({ tx, live }) => {
    if (live >= max) return "full" as const;
    await tx.insert(secretKeys).values(key);
    return "added" as const;
  });
}

/** Revokes a live key unless it is the site's last; answers its hash, so a cache can forget it. */
export async function revokeKeyUnlessLast(db: Db, siteId: string, keyId: string, at: Date) {
  return withSiteLocked(db, siteId, async ({ tx, live }) => {
    const [key] = await tx
      .select({ keyHash: secretKeys.keyHash })
      .from(secretKeys)
      .where(and(eq(secretKeys.siteId, siteId), eq(secretKeys.id, keyId), isNull(secretKeys.revokedAt)));
    if (!key) return { outcome: "not_found" as const };
    if (live <= 1) return { outcome: "last" as const };
    await tx
      .update(secretKeys)
      .set({ revokedAt: at })
      .where(and(eq(secretKeys.siteId, siteId), eq(secretKeys.id, keyId)));
    return { outcome: "revoked" as const, keyHash: key.keyHash };
  });
}

/** Adds a key and revokes the oldest live ones beyond `keep` (the demo's fresh key at each start). */
export async function insertKeyRevokingOldest(db: Db, key: NewSecretKey, keep: number, at: Date) {
  await withSiteLocked(db, key.siteId, async ({ tx }) => {
    await tx.insert(secretKeys).values(key);
    await tx.execute(sql`update ${secretKeys} set revoked_at = ${at.toISOString()}::timestamptz
      where site_id = ${key.siteId} and revoked_at is null and id not in (
        select id from ${secretKeys} where site_id = ${key.siteId} and revoked_at is null
        order by created_at desc, id desc limit ${keep})`);
  });
}
