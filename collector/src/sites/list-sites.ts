import type { SiteSummary } from "@shinsa/shared";
import type { Db } from "../db/client.js";
import { readSites, updateSite } from "../db/queries/sites.js";
import { notFound } from "../lib/api-error.js";

type SiteRow = NonNullable<Awaited<ReturnType<typeof updateSite>>>;

/** A site as the admin routes show it: never a secret key. */
const summaryOf = (site: SiteRow): SiteSummary => ({
  siteId: site.id,
  name: site.name,
  origins: site.origins,
  publicKey: site.publicKey,
  createdAt: site.createdAt.toISOString(),
});

export async function listSites(db: Db): Promise<{ sites: SiteSummary[] }> {
  return { sites: (await readSites(db)).map(summaryOf) };
}

/** Renames a site or replaces its origins; `/v1/collect` sees new origins within its site cache's 30 s (find-site.ts). */
export async function changeSite(db: Db, siteId: string, change: { name?: string; origins?: string[] }) {
  const site = await updateSite(db, siteId, change);
  if (!site) throw notFound("site");
  return summaryOf(site);
}
