/** Who is looking at the console: the owner (signed in with the admin token) or a console user. */
export type Viewer =
  | { kind: "owner"; name: string }
  | { kind: "user"; id: string; email: string; name: string; role: ConsoleRole; sites: string[] };

export const CONSOLE_ROLES = ["admin", "analyst"] as const;
export type ConsoleRole = (typeof CONSOLE_ROLES)[number];

export const OWNER: Viewer = { kind: "owner", name: "owner" };

/**
 * Whether the viewer may see a site's orders. An analyst sees exactly the sites given; an admin
 * given no sites sees all of them (the usual case for a shop's own staff).
 */
export function maySee(viewer: Viewer, siteId: string): boolean {
  if (viewer.kind === "owner") return true;
  if (viewer.role === "admin" && viewer.sites.length === 0) return true;
  return viewer.sites.includes(siteId);
}

/** Creating users, keys and changing settings. */
export const mayAdminister = (viewer: Viewer): boolean => viewer.kind === "owner" || viewer.role === "admin";

/** What the review history records as the reviewer. */
export const reviewerName = (viewer: Viewer): string => (viewer.kind === "owner" ? "owner" : viewer.email);
