import type { CreateSiteResponse } from "@shinsa/shared";
import type { Db } from "../db/client.js";
import { secretKeys, sites } from "../db/schema.js";
import { hashSecret, newKeyId, newPublicKey, newSecretKey, newSiteId } from "../lib/keys.js";

export interface NewSite {
  name: string;
  origins: string[];
}

/** Creates a site with its public key and a first secret key, which is shown this once. */
export async function createSite(db: Db, input: NewSite): Promise<CreateSiteResponse> {
  const siteId = newSiteId();
  const publicKey = newPublicKey();
  const secretKey = await db.transaction(async (tx) => {
    await tx.insert(sites).values({ id: siteId, name: input.name, publicKey, origins: input.origins });
    return addSecretKey(tx as unknown as Db, siteId);
  });
  return { siteId, publicKey, secretKey };
}

/** Adds one more secret key to a site (rotation, or the demo's fresh key at each start). */
export async function addSecretKey(db: Db, siteId: string): Promise<string> {
  const secretKey = newSecretKey();
  await db
    .insert(secretKeys)
    .values({ siteId, id: newKeyId(), keyHash: hashSecret(secretKey), hint: secretKey.slice(-4) });
  return secretKey;
}
