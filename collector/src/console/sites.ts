import type { SiteSummary } from "@shinsa/shared";
import { maySee, type Viewer } from "../accounts/viewer.js";
import type { AppDeps } from "../deps.js";
import { notFound } from "../lib/api-error.js";
import { listSites } from "../sites/list-sites.js";

/** The sites a viewer may open, in the order the admin API lists them. */
export async function visibleSites(db: AppDeps["db"], viewer: Viewer): Promise<SiteSummary[]> {
  return (await listSites(db)).sites.filter((s) => maySee(viewer, s.siteId));
}

/**
 * The site of a page's URL, or 404 — the same answer whether the site does not exist or is not
 * the viewer's, so an analyst learns nothing of other shops.
 */
export async function siteForViewer(db: AppDeps["db"], viewer: Viewer, siteId: string): Promise<SiteSummary> {
  return siteAmong(await visibleSites(db, viewer), siteId);
}

/** The site among those the viewer may see (from `visibleSites`), or 404 as `siteForViewer`. */
export function siteAmong(sites: SiteSummary[], siteId: string): SiteSummary {
  const site = sites.find((s) => s.siteId === siteId);
  if (!site) throw notFound("site");
  return site;
}
