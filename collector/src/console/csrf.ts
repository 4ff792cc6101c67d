import { randomBytes } from "node:crypto";
import type { Context } from "hono";
import { secretsEqual } from "../lib/keys.js";
import { readPresessionCookie, setPresessionCookie } from "./cookies.js";

export const CSRF_FIELD = "_csrf";

/**
 * The token a page's forms carry. Signed in: the session's own token, kept server-side (the
 * synchronizer pattern, OWASP's first choice). Before sign-in there is no session, so the sign-in
 * form uses a random cookie echoed in the form (double submit): a page on another site can make
 * the browser post, but cannot read the cookie to put it in the form.
 */
export function csrfTokenFor(c: Context, sessionToken: string | null): string {
  if (sessionToken) return sessionToken;
  const existing = readPresessionCookie(c);
  if (existing && /^[A-Za-z0-9_-]{32}$/.test(existing)) return existing;
  const fresh = randomBytes(24).toString("base64url");
  setPresessionCookie(c, fresh);
  return fresh;
}

/** Whether a posted form carries the right token and comes from this origin. */
export function csrfAccepted(c: Context, sent: unknown, sessionToken: string | null): boolean {
  // Browsers send Origin on every cross-site POST; one that is present must be ours.
  // `Origin: null` (a sandboxed frame, a no-referrer page) is never ours either.
  const origin = c.req.header("origin");
  if (origin && origin !== new URL(c.req.url).origin) return false;
  const expected = sessionToken ?? readPresessionCookie(c);
  return typeof sent === "string" && sent.length > 0 && expected !== undefined && secretsEqual(sent, expected);
}
