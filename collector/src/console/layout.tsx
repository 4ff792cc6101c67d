import type { Context } from "hono";
import type { Child } from "hono/jsx";
import { mayAdminister } from "../accounts/viewer.js";
import type { ConsoleEnv } from "./console-env.js";
import { CSRF_FIELD } from "./csrf.js";

/**
 * Nothing but our own files: no inline script or style, no other host, no framing. A page that
 * needs a script gets it from /console/console.js.
 */
export const CONSOLE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export const CsrfField = ({ token }: { token: string }) => <input type="hidden" name={CSRF_FIELD} value={token} />;

interface PageOptions {
  title: string;
  /** The site the page is about, so the menu links stay on it. */
  siteId?: string;
  status?: 200 | 400 | 403 | 404 | 409 | 429;
  notice?: string | null;
  error?: string | null;
  /** Where the language switch returns to; an error page sends back to the console's door. */
  back?: string;
}

/** The frame of every console page: menu, language switch, sign-out, the page's notice or error. */
export function renderPage(c: Context<ConsoleEnv>, options: PageOptions, body: Child) {
  const { t, session, lang, csrf } = c.var;
  const viewer = session?.viewer;
  const site = options.siteId;
  c.header("Content-Security-Policy", CONSOLE_CSP);
  c.header("Cache-Control", "no-store");
  c.header("Referrer-Policy", "same-origin");
  return c.html(
    "<!doctype html>" +
    (
      <html lang={lang}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${options.title} — Shinsa`}</title>
          <link rel="stylesheet" href="/console/console.css" />
          <script src="/console/console.js" defer />
        </head>
        <body>
          <a class="skip" href="#main">
            {t.skipToMain}
          </a>
          <header class="top">
            <a class="brand" href="/console">
              {t.appName}
            </a>
            <nav aria-label="menu">
              {viewer && <a href={site ? `/console/sites/${site}` : "/console"}>{t.nav.queue}</a>}
              {viewer && site && <a href={`/console/sites/${site}/dashboard`}>{t.nav.dashboard}</a>}
              {viewer && site && mayAdminister(viewer) && (
                <a href={`/console/sites/${site}/settings`}>{t.nav.settings}</a>
              )}
              {viewer && site && <a href={`/console/sites/${site}/csv`}>{t.nav.csv}</a>}
              {viewer && mayAdminister(viewer) && <a href="/console/users">{t.nav.users}</a>}
              <form method="post" action="/console/language">
                <CsrfField token={csrf} />
                <input type="hidden" name="lang" value={lang === "ja" ? "en" : "ja"} />
                <input
                  type="hidden"
                  name="back"
                  value={options.back ?? new URL(c.req.url).pathname + new URL(c.req.url).search}
                />
                <button class="link" type="submit" lang={lang === "ja" ? "en" : "ja"}>
                  {t.switchLanguage}
                </button>
              </form>
              {viewer && (
                <form method="post" action="/console/sign-out">
                  <CsrfField token={csrf} />
                  <button class="link" type="submit">
                    {`${t.nav.signOut} (${viewer.name})`}
                  </button>
                </form>
              )}
            </nav>
          </header>
          <main id="main">
            {options.notice && (
              <p class="notice" role="status">
                {options.notice}
              </p>
            )}
            {options.error && (
              <p class="error" role="alert">
                {options.error}
              </p>
            )}
            {body}
          </main>
        </body>
      </html>
    ),
    options.status ?? 200,
  );
}

/**
 * A table that may scroll sideways on a phone. A scrollable box must be reachable by keyboard
 * (WCAG 2.1.1; axe's scrollable-region-focusable), so it takes focus and says what it holds.
 */
export const TableWrap = ({ label, children }: { label: string; children: Child }) => (
  <section class="table-wrap" tabindex={0} aria-label={label}>
    {children}
  </section>
);
