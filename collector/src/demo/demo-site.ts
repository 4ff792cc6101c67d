import type { Db } from "../db/client.js";
import { findSiteByName, updateOrigins } from "../db/queries/sites.js";
import { createSite } from "../sites/create-site.js";
import { rotateSecretKey } from "../sites/secret-keys.js";

export const DEMO_SITE_NAME = "Shinsa demo shop";

export interface DemoSite {
  siteId: string;
  publicKey: string;
  secretKey: string;
}

/**
 * The demo shop of `npm run demo`: created on the first start, reused later. Secret keys are
 * stored only as hashes, so each start adds a fresh one to print; the one before stays valid, older
 * ones are revoked (two live keys at most, as for any site).
 */
export async function ensureDemoSite(db: Db, origins: string[]): Promise<DemoSite> {
  const existing = await findSiteByName(db, DEMO_SITE_NAME);
  if (!existing) return createSite(db, { name: DEMO_SITE_NAME, origins });
  const merged = [...new Set([...existing.origins, ...origins])];
  if (merged.length !== existing.origins.length) {
    await updateOrigins(db, existing.id, merged);
  }
  return {
    siteId: existing.id,
    publicKey: existing.publicKey,
    secretKey: await rotateSecretKey(db, existing.id, new Date()),
  };
}
