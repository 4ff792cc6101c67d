import type { Db } from "../db/client.js";
import { findSiteByName, updateOrigins } from "../db/queries/sites.js";
import { addSecretKey, createSite } from "../sites/create-site.js";

export const DEMO_SITE_NAME = "Shinsa demo shop";

export interface DemoSite {
  siteId: string;
  publicKey: string;
  secretKey: string;
}

/**
 * The demo shop of `npm run demo`: created on the first start, reused later. Secret keys are
 * stored only as hashes, so each start adds a fresh one to print.
 */
export async function ensureDemoSite(db: Db, origins: string[]): Promise<DemoSite> {
  const existing = await findSiteByName(db, DEMO_SITE_NAME);
  if (!existing) return createSite(db, { name: DEMO_SITE_NAME, origins });
  const merged = [...new Set([...existing.origins, ...origins])];
  if (merged.length !== existing.origins.length) {
    await updateOrigins(db, existing.id, merged);
  }
  return { siteId: existing.id, publicKey: existing.publicKey, secretKey: await addSecretKey(db, existing.id) };
}
