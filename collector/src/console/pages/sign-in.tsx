import { Hono } from "hono";
import { SESSION_HOURS } from "../../accounts/sessions.js";
import { SignInThrottled, signIn } from "../../accounts/sign-in.js";
import type { AppDeps } from "../../deps.js";
import { getClientIp } from "../../lib/client-ip.js";
import type { ConsoleEnv } from "../console-env.js";
import { setSessionCookie } from "../cookies.js";
import { CsrfField, renderPage } from "../layout.js";
import { formOf, safeBack } from "./form.js";

export function signInPage(deps: AppDeps) {
  const app = new Hono<ConsoleEnv>();
  const page = (
    c: import("hono").Context<ConsoleEnv>,
    back: string,
    error: string | null,
    status: 200 | 401 | 429 = 200,
  ) => {
    const { t, csrf } = c.var;
    const notice = c.req.query("signedOut") ? t.signIn.signedOut : null;
    return renderPage(
      c,
      { title: t.signIn.title, error, notice, status: status === 401 ? 400 : status },
      <>
        <h1>{t.signIn.title}</h1>
        <div class="row">
          <section class="card" aria-labelledby="user-heading">
            <h2 id="user-heading">{t.signIn.userHeading}</h2>
            <form method="post" action="/console/sign-in">
              <CsrfField token={csrf} />
              <input type="hidden" name="kind" value="user" />
              <input type="hidden" name="back" value={back} />
              <p>
                <label>
                  {t.signIn.email}
                  <input type="email" name="email" autocomplete="username" required />
                </label>
              </p>
              <p>
                <label>
                  {t.signIn.password}
                  <input type="password" name="password" autocomplete="current-password" required />
                </label>
              </p>
              <button type="submit">{t.signIn.submit}</button>
            </form>
          </section>
          <section class="card" aria-labelledby="owner-heading">
            <h2 id="owner-heading">{t.signIn.ownerHeading}</h2>
            <form method="post" action="/console/sign-in">
              <CsrfField token={csrf} />
              <input type="hidden" name="kind" value="owner" />
              <input type="hidden" name="back" value={back} />
              <p>
                <label>
                  {t.signIn.token}
                  <input type="password" name="token" autocomplete="off" required />
                </label>
              </p>
              <button type="submit">{t.signIn.submit}</button>
            </form>
          </section>
        </div>
      </>,
    );
  };

  app.get("/console/sign-in", (c) => {
    if (c.var.session) return c.redirect(safeBack(c.req.query("back")), 303);
    return page(c, safeBack(c.req.query("back")), null);
  });

  app.post("/console/sign-in", async (c) => {
    const form = await formOf(c);
    const back = safeBack(form.back);
    const request =
      form.kind === "owner"
        ? { kind: "owner" as const, token: form.token ?? "" }
        : { kind: "user" as const, email: form.email ?? "", password: form.password ?? "" };
    const ip = getClientIp(c, deps.config.trustProxy) ?? "unknown";
    try {
      const started = await signIn({ db: deps.db, adminToken: deps.config.adminToken, now: deps.now() }, request, ip);
      if (!started) return page(c, back, c.var.t.signIn.failed, 401);
      setSessionCookie(c, started.id, SESSION_HOURS);
      return c.redirect(back, 303);
    } catch (err) {
      if (!(err instanceof SignInThrottled)) throw err;
      c.header("Retry-After", String(err.retryAfterS));
      return page(c, back, c.var.t.signIn.throttled(err.retryAfterS), 429);
    }
  });
  return app;
}
