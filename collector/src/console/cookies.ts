import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Lang } from "../lib/lang.js";

export const SESSION_COOKIE = "shinsa_session";
export const LANG_COOKIE = "shinsa_lang";
export const PRESESSION_COOKIE = "shinsa_presession";

// Secure whenever the console is reached over HTTPS; plain HTTP only serves the demo on a laptop.
// SameSite=Lax: a link from a mail opens the order signed in, while a form posted from another
// site carries no cookie (and would lack the CSRF token anyway, csrf.ts).
const base = (c: Context) => ({
  path: "/console",
  httpOnly: true,
  sameSite: "Lax" as const,
  secure: new URL(c.req.url).protocol === "https:",
});

export const readSessionCookie = (c: Context) => getCookie(c, SESSION_COOKIE);

export function setSessionCookie(c: Context, id: string, hours: number) {
  setCookie(c, SESSION_COOKIE, id, { ...base(c), maxAge: hours * 3600 });
}

export const clearSessionCookie = (c: Context) => deleteCookie(c, SESSION_COOKIE, base(c));

export const readLangCookie = (c: Context): Lang | undefined => {
  const value = getCookie(c, LANG_COOKIE);
  return value === "ja" || value === "en" ? value : undefined;
};

export function setLangCookie(c: Context, lang: Lang) {
  setCookie(c, LANG_COOKIE, lang, { ...base(c), maxAge: 365 * 24 * 3600 });
}

export const readPresessionCookie = (c: Context) => getCookie(c, PRESESSION_COOKIE);

export function setPresessionCookie(c: Context, value: string) {
  setCookie(c, PRESESSION_COOKIE, value, { ...base(c), maxAge: 3600 });
}
