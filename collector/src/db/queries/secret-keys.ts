import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../client.js";
import { secretKeys } from "../schema.js";

/**
 * The site of a secret key that is not revoked, by the key's hash, noting when it was used: the
 * same round trip as a read. Its callers cache what it finds (middleware/auth.ts), so a busy key
 * writes its row at most once per cache period, not once per request.
 */
export async function findSiteIdByKeyHash(db: Db, keyHash: string, at: Date): Promise<string | undefined> {
  const [row] = await db
    .update(secretKeys)
    .set({ lastUsedAt: at })
    .where(and(eq(secretKeys.keyHash, keyHash), isNull(secretKeys.revokedAt)))
    .returning({ siteId: secretKeys.siteId });
  return row?.siteId;
}
