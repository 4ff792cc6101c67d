import type { CreateSiteResponse } from "@shinsa/shared";
import type { Db } from "../db/client.js";
import { insertSite } from "../db/queries/sites.js";
import { hashSecret, newKeyId, newPublicKey, newSecretKey, newSiteId } from "../lib/keys.js";

export interface NewSite {
  name: string;
  origins: string[];
}

/** A new secret key: the key itself, shown once, and the row that stores only its hash. */
export function makeSecretKey() {
  const secretKey = newSecretKey();
  return { secretKey, row: { id: newKeyId(), keyHash: hashSecret(secretKey), hint: secretKey.slice(-4) } };
}

/** Creates a site with its public key and a first secret key, which is shown this once. */
export async function createSite(db: Db, input: NewSite): Promise<CreateSiteResponse> {
  const siteId = newSiteId();
  const publicKey = newPublicKey();
  const { secretKey, row } = makeSecretKey();
  await insertSite(db, { id: siteId, name: input.name, publicKey, origins: input.origins }, row);
  return { siteId, publicKey, secretKey };
}
