import { MAX_LIVE_SECRET_KEYS, type NewSecretKeyResponse, type SecretKeySummary } from "@shinsa/shared";
import type { Db } from "../db/client.js";
import {
  insertKeyIfRoom,
  insertKeyRevokingOldest,
  readLiveKeys,
  revokeKeyUnlessLast,
} from "../db/queries/site-keys.js";
import { ApiError, notFound } from "../lib/api-error.js";
import { makeSecretKey } from "./create-site.js";

// A site's secret keys. Rotation without downtime: add a second key, move the merchant's servers
// to it, revoke the first. Two live keys at most, so a forgotten old key cannot linger beside
// every new one; a third is refused until one is revoked. The last key is never revoked: the
// site would be locked out, and only the admin token could let it back in.

export async function listSecretKeys(db: Db, siteId: string): Promise<{ keys: SecretKeySummary[] }> {
  const rows = await readLiveKeys(db, siteId);
  // Every site holds a live key from its creation on, and the last is never revoked: none, no site.
  if (rows.length === 0) throw notFound("site");
  return {
    keys: rows.map((k) => ({
      keyId: k.id,
      prefix: `sk_…${k.hint}`,
      createdAt: k.createdAt.toISOString(),
      lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
    })),
  };
}

/** A new secret key, shown this once. */
export async function issueSecretKey(db: Db, siteId: string): Promise<NewSecretKeyResponse> {
  const { secretKey, row } = makeSecretKey();
  const outcome = await insertKeyIfRoom(db, { ...row, siteId }, MAX_LIVE_SECRET_KEYS);
  if (!outcome) throw notFound("site");
  if (outcome === "full") {
    throw new ApiError(
      409,
      "too_many_keys",
      `a site holds at most ${MAX_LIVE_SECRET_KEYS} live secret keys; revoke the one you rotate away from first`,
    );
  }
  return { keyId: row.id, secretKey };
}

/** Revokes a key at once in the database; answers its hash, so the caller can evict it from the auth cache. */
export async function revokeSecretKey(db: Db, siteId: string, keyId: string, now: Date): Promise<{ keyHash: string }> {
  const result = await revokeKeyUnlessLast(db, siteId, keyId, now);
  if (!result || result.outcome === "not_found") throw notFound("key");
  if (result.outcome === "last") {
    throw new ApiError(409, "last_key", "this is the site's last live secret key: create a new one, then revoke this");
  }
  return { keyHash: result.keyHash };
}

/** Adds a key and keeps the two newest live (the demo's fresh key at each start: the previous still works). */
export async function rotateSecretKey(db: Db, siteId: string, now: Date): Promise<string> {
  const { secretKey, row } = makeSecretKey();
  await insertKeyRevokingOldest(db, { ...row, siteId }, MAX_LIVE_SECRET_KEYS, now);
  return secretKey;
}
