import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../client.js";
import { secretKeys } from "../schema.js";

/** The site of a secret key that is not revoked, by the key's hash. */
export async function findSiteIdByKeyHash(db: Db, keyHash: string): Promise<string | undefined> {
  const [row] = await db
    .select({ siteId: secretKeys.siteId })
    .from(secretKeys)
    .where(and(eq(secretKeys.keyHash, keyHash), isNull(secretKeys.revokedAt)))
    .limit(1);
  return row?.siteId;
}
