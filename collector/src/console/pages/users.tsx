import { Hono } from "hono";
import { createConsoleUser, disableUser, listConsoleUsers } from "../../accounts/users.js";
import { CONSOLE_ROLES, mayAdminister } from "../../accounts/viewer.js";
import type { AppDeps } from "../../deps.js";
import { notFound } from "../../lib/api-error.js";
import { listSites } from "../../sites/list-sites.js";
import type { ConsoleEnv } from "../console-env.js";
import { CsrfField, renderPage, TableWrap } from "../layout.js";
import { formOf, showingRefusal, valuesOf } from "./form.js";

/** Admins make and disable console users; to an analyst the page does not exist. */
export function usersPage(deps: AppDeps) {
  const app = new Hono<ConsoleEnv>();
  const adminsOnly = async (c: import("hono").Context<ConsoleEnv>, next: () => Promise<void>) => {
    if (!mayAdminister(c.var.viewer)) throw notFound("page");
    await next();
  };
  app.use("/console/users", adminsOnly);
  app.use("/console/users/*", adminsOnly);

  const page = async (
    c: import("hono").Context<ConsoleEnv>,
    notice: string | null,
    error: string | null,
    status: 200 | 400 | 409 = 200,
  ) => {
    const { t, fmt, csrf } = c.var;
    const [users, { sites }] = await Promise.all([listConsoleUsers(deps.db), listSites(deps.db)]);
    const siteName = new Map(sites.map((s) => [s.siteId, s.name]));
    return renderPage(
      c,
      { title: t.users.title, notice, error, status },
      <>
        <h1>{t.users.title}</h1>
        <section class="card">
          {users.length === 0 ? (
            <p>{t.users.none}</p>
          ) : (
            <TableWrap label={t.users.title}>
              <table>
                <thead>
                  <tr>
                    <th>{t.users.name}</th>
                    <th>{t.users.email}</th>
                    <th>{t.users.role}</th>
                    <th>{t.users.sites}</th>
                    <th>{t.settings.created}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {users.map((u) => (
                    <tr>
                      <td>{u.name}</td>
                      <td>{u.email}</td>
                      <td>{t.users.roles[u.role] ?? u.role}</td>
                      <td>
                        {u.sites.length === 0 ? t.users.allSites : u.sites.map((s) => siteName.get(s) ?? s).join(", ")}
                      </td>
                      <td class="small">{fmt.time(u.createdAt)}</td>
                      <td>
                        {u.disabledAt ? (
                          t.users.disabled
                        ) : (
                          <form method="post" action={`/console/users/${u.id}/disable`}>
                            <CsrfField token={csrf} />
                            <button type="submit" class="secondary">
                              {t.users.disable}
                            </button>
                          </form>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </section>
        <section class="card" aria-labelledby="create-h">
          <h2 id="create-h">{t.users.create}</h2>
          <form method="post" action="/console/users">
            <CsrfField token={csrf} />
            <p>
              <label>
                {t.users.name}
                <input name="name" required maxlength={100} />
              </label>
            </p>
            <p>
              <label>
                {t.users.email}
                <input type="email" name="email" required autocomplete="off" />
              </label>
            </p>
            <p>
              <label>
                {t.users.password}
                <input type="password" name="password" required minlength={12} autocomplete="new-password" />
              </label>
            </p>
            <p>
              <label>
                {t.users.role}
                <select name="role">
                  {CONSOLE_ROLES.map((r) => (
                    <option value={r} selected={r === "analyst"}>
                      {t.users.roles[r]}
                    </option>
                  ))}
                </select>
              </label>
            </p>
            <fieldset>
              <legend>{t.users.sites}</legend>
              {sites.map((s) => (
                <label>
                  <span>
                    <input type="checkbox" name="sites" value={s.siteId} /> {s.name}{" "}
                    <span class="muted small">{s.siteId}</span>
                  </span>
                </label>
              ))}
            </fieldset>
            <p>
              <button type="submit">{t.users.create}</button>
            </p>
          </form>
        </section>
      </>,
    );
  };

  app.get("/console/users", (c) => page(c, null, null));
  app.post("/console/users", async (c) => {
    const form = await formOf(c);
    const { sites } = await listSites(deps.db);
    return showingRefusal(
      async () => {
        await createConsoleUser(
          deps.db,
          {
            email: form.email ?? "",
            name: form.name ?? "",
            password: form.password ?? "",
            role: form.role ?? "",
            sites: await valuesOf(c, "sites"),
          },
          sites.map((s) => s.siteId),
        );
        return page(c, c.var.t.users.created, null);
      },
      (error, status) => page(c, null, error, status),
    );
  });
  app.post("/console/users/:userId/disable", async (c) => {
    await disableUser(deps.db, c.req.param("userId"), deps.now());
    return c.redirect("/console/users", 303);
  });
  return app;
}
