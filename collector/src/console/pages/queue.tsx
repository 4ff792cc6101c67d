import { type ListedOrder, listOrdersQuerySchema } from "@shinsa/shared";
import { type Context, Hono } from "hono";
import type { AppDeps } from "../../deps.js";
import { ApiError } from "../../lib/api-error.js";
import { listOrders } from "../../orders/list-orders.js";
import type { ConsoleEnv } from "../console-env.js";
import { renderPage, TableWrap } from "../layout.js";
import { siteAmong, visibleSites } from "../sites.js";

const VIEWS = { open: "open", decided: "decided", all: undefined } as const;
type View = keyof typeof VIEWS;

export function queuePage(deps: AppDeps) {
  const app = new Hono<ConsoleEnv>();

  // The console's front door: the queue of the first site the viewer may see.
  app.get("/console", async (c) => {
    const [first] = await visibleSites(deps.db, c.var.viewer);
    if (!first) return renderPage(c, { title: c.var.t.queue.title }, <p>{c.var.t.queue.empty}</p>);
    return c.redirect(`/console/sites/${first.siteId}`, 303);
  });

  app.get("/console/sites/:siteId", async (c) => {
    const { t } = c.var;
    const sites = await visibleSites(deps.db, c.var.viewer);
    const site = siteAmong(sites, c.req.param("siteId"));
    const view: View = (c.req.query("view") as View) in VIEWS ? (c.req.query("view") as View) : "open";
    const q = c.req.query("q")?.trim() || undefined;
    const decision = c.req.query("decision") || undefined;
    const minScore = c.req.query("minScore") || undefined;
    const reason = c.req.query("reason") || undefined;
    const parsed = listOrdersQuerySchema.safeParse({
      limit: "50",
      ...(VIEWS[view] && { status: VIEWS[view] }),
      ...(q && { q }),
      ...(decision && { decision }),
      ...(minScore && { minScore }),
      ...(reason && { reason }),
      ...(c.req.query("cursor") && { cursor: c.req.query("cursor") }),
    });
    if (!parsed.success)
      throw new ApiError(
        400,
        "invalid_query",
        parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
      );
    const { orders, nextCursor } = await listOrders(deps, site.siteId, parsed.data);
    const base = `/console/sites/${site.siteId}`;
    const link = (extra: Record<string, string | undefined>) => {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries({ view, q, decision, minScore, reason, ...extra })) if (v) params.set(k, v);
      return `${base}?${params}`;
    };
    return renderPage(
      c,
      { title: `${t.queue.title} — ${site.name}`, siteId: site.siteId },
      <>
        <h1>
          {t.queue.title} <span class="muted small">{site.name}</span>
        </h1>
        {sites.length > 1 && (
          <nav class="tabs" aria-label={t.nav.site}>
            {sites.map((s) => (
              <a href={`/console/sites/${s.siteId}`} aria-current={s.siteId === site.siteId ? "page" : undefined}>
                {s.name}
              </a>
            ))}
          </nav>
        )}
        <nav class="tabs" aria-label={t.queue.title}>
          {(["open", "decided", "all"] as const).map((v) => (
            <a href={link({ view: v, cursor: undefined })} aria-current={v === view ? "page" : undefined}>
              {t.queue[v]}
            </a>
          ))}
        </nav>
        <form class="inline card" method="get" action={base}>
          <input type="hidden" name="view" value={view} />
          <label>
            {t.queue.search}
            <input type="search" name="q" value={q ?? ""} size={40} />
          </label>
          <label>
            {t.queue.decision}
            <select name="decision">
              <option value="">{t.queue.anyDecision}</option>
              {(["reject", "review", "accept"] as const).map((d) => (
                <option value={d} selected={d === decision}>
                  {t.decisions[d]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.queue.minScore}
            <input type="number" name="minScore" min={0} max={100} value={minScore ?? ""} />
          </label>
          <button type="submit">{t.queue.searchButton}</button>
        </form>
        <p class="muted small">
          {t.queue.count(orders.length)} · {t.queue.keys}
        </p>
        {orders.length === 0 ? (
          <p>{t.queue.empty}</p>
        ) : (
          <TableWrap label={t.queue.title}>
            <table>
              <thead>
                <tr>
                  <th>{t.queue.order}</th>
                  <th>{t.queue.placed}</th>
                  <th class="num">{t.queue.score}</th>
                  <th>{t.queue.decision}</th>
                  <th class="hide-narrow">{t.queue.customer}</th>
                  <th class="num hide-narrow">{t.queue.amount}</th>
                  <th class="hide-narrow">{t.queue.reasons}</th>
                  <th>{t.queue.review}</th>
                </tr>
              </thead>
              <tbody>
                {orders.map((o) => (
                  <QueueRow order={o} href={`${base}/orders/${encodeURIComponent(o.orderId)}`} c={c} />
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
        {nextCursor && (
          <p>
            <a href={link({ cursor: nextCursor })} rel="next">
              {t.queue.next}
            </a>
          </p>
        )}
      </>,
    );
  });
  return app;
}

function QueueRow({ order, href, c }: { order: ListedOrder; href: string; c: Context<ConsoleEnv> }) {
  const { t, fmt } = c.var;
  return (
    <tr data-href={href} tabindex={-1}>
      <td>
        <a href={href}>{order.orderId}</a>
      </td>
      <td class="small">{fmt.time(order.createdAt)}</td>
      <td class="num">{order.score}</td>
      <td>
        <span class={`badge ${order.decision}`}>{t.decisions[order.decision] ?? order.decision}</span>
      </td>
      <td class="hide-narrow small">{order.customer.email ?? order.customer.id ?? "—"}</td>
      <td class="num hide-narrow">{fmt.yen(order.amount)}</td>
      <td class="hide-narrow small">{order.reasons.slice(0, 3).join(", ")}</td>
      <td>
        {order.review ? <span class="badge label">{t.labels[order.review.label] ?? order.review.label}</span> : "—"}
      </td>
    </tr>
  );
}
