import { Hono } from "hono";
import { readSession } from "../accounts/sessions.js";
import type { AppDeps } from "../deps.js";
import { ApiError } from "../lib/api-error.js";
import { getLang } from "../lib/lang.js";
import { CONSOLE_JS } from "./client-script.js";
import type { ConsoleEnv } from "./console-env.js";
import { readLangCookie, readSessionCookie } from "./cookies.js";
import { csrfAccepted, csrfTokenFor } from "./csrf.js";
import { catalogues, formatterFor } from "./i18n/index.js";
import { renderPage } from "./layout.js";
import { consolePages, PUBLIC_PATHS } from "./pages/index.js";
import { CONSOLE_CSS } from "./styles.js";

const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

/**
 * The review console under /console: server-rendered pages calling the same use cases as the
 * API. Every request gets its language and viewer here; every POST must be a form carrying the
 * CSRF token; a page that is not public sends a stranger to sign in.
 */
export function consoleRoutes(deps: AppDeps) {
  const app = new Hono<ConsoleEnv>();
  app.get("/console/console.css", (c) => {
    c.header("Cache-Control", "public, max-age=300");
    return c.body(CONSOLE_CSS, 200, { "Content-Type": "text/css; charset=utf-8" });
  });
  app.get("/console/console.js", (c) => {
    c.header("Cache-Control", "public, max-age=300");
    return c.body(CONSOLE_JS, 200, { "Content-Type": "text/javascript; charset=utf-8" });
  });

  const context = consoleContext(deps);
  app.use("/console", context);
  app.use("/console/*", context);
  for (const page of consolePages) app.route("/", page(deps));

  app.onError((err, c) => {
    if (!(err instanceof ApiError) || err.status >= 500) throw err;
    const { t } = c.var;
    if (!t) throw err;
    const status = err.status === 404 ? 404 : err.status === 403 ? 403 : err.status === 429 ? 429 : 400;
    const message = status === 404 ? t.errors.notFound : status === 403 ? t.errors.forbidden : err.message;
    if (err.status === 429)
      c.header("Retry-After", String((err as ApiError & { retryAfterS?: number }).retryAfterS ?? 60));
    return renderPage(
      c,
      { title: message, status, error: message, back: "/console" },
      <a href="/console">{t.nav.queue}</a>,
    );
  });
  return app;
}

function consoleContext(deps: AppDeps) {
  return async (c: import("hono").Context<ConsoleEnv>, next: () => Promise<void>) => {
    const lang = readLangCookie(c) ?? getLang(c);
    c.set("lang", lang);
    c.set("t", catalogues[lang]);
    c.set("fmt", formatterFor(lang));
    const cookie = readSessionCookie(c);
    const session = cookie ? await readSession(deps.db, cookie, deps.now()) : null;
    c.set("session", session);
    // Only a session gives a viewer: public pages have none to read by mistake.
    if (session) c.set("viewer", session.viewer);
    c.set("csrf", csrfTokenFor(c, session?.csrfToken ?? null));

    const isPublic = PUBLIC_PATHS.includes(c.req.path);
    if (c.req.method === "POST") {
      const type = c.req.header("content-type") ?? "";
      const form = FORM_TYPES.test(type) ? await c.req.parseBody({ all: false }) : null;
      if (!form || !csrfAccepted(c, form._csrf, session?.csrfToken ?? null)) {
        return renderPage(
          c,
          { title: c.var.t.errors.csrf, status: 403, error: c.var.t.errors.csrf, back: "/console" },
          <a href="/console">{c.var.t.nav.queue}</a>,
        );
      }
    }
    if (!session && !isPublic) {
      if (c.req.method !== "GET") return c.redirect("/console/sign-in", 303);
      const back = c.req.path + (new URL(c.req.url).search || "");
      return c.redirect(`/console/sign-in?back=${encodeURIComponent(back)}`, 303);
    }
    await next();
  };
}
