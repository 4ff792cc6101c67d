import { isFraudLabel } from "@shinsa/shared";
import { Hono } from "hono";
import type { AppDeps } from "../../deps.js";
import { getRingGraph } from "../../orders/get-ring-graph.js";
import type { ConsoleEnv } from "../console-env.js";
import { layoutRing, type RingLayout } from "../graph/ring-layout.js";
import { renderPage, TableWrap } from "../layout.js";
import { siteForViewer } from "../sites.js";

export function ringPage(deps: AppDeps) {
  return new Hono<ConsoleEnv>().get("/console/sites/:siteId/rings/:ringId", async (c) => {
    const { t, fmt } = c.var;
    const site = await siteForViewer(deps.db, c.var.viewer, c.req.param("siteId"));
    const ring = await getRingGraph(deps.db, site.siteId, c.req.param("ringId"));
    const layout = layoutRing(
      {
        orders: ring.orders.map((o) => ({
          id: o.orderId,
          account: o.account,
          placedAt: o.placedAt,
          fraud: isFraudLabel(o.label),
        })),
        identifiers: ring.identifiers,
      },
      (kind) => t.ring.kinds[kind] ?? kind,
    );
    const base = `/console/sites/${site.siteId}`;
    const orderUrl = (id: string) => `${base}/orders/${encodeURIComponent(id)}`;
    return renderPage(
      c,
      { title: t.ring.title(ring.ringId), siteId: site.siteId },
      <>
        <h1>{t.ring.title(ring.ringId)}</h1>
        <section class="card" aria-labelledby="totals-h">
          <h2 id="totals-h">{t.ring.totals}</h2>
          <dl class="facts">
            <dt>{t.ring.accounts}</dt>
            <dd>{ring.totals.accounts}</dd>
            <dt>{t.ring.orders}</dt>
            <dd>{ring.totals.orders}</dd>
            <dt>{t.ring.amount}</dt>
            <dd>{fmt.yen(ring.totals.amount)}</dd>
            <dt>{t.ring.labelled}</dt>
            <dd>{ring.totals.labelledFraud}</dd>
            <dt>{t.ring.identifiers}</dt>
            <dd>{ring.identifiers.length}</dd>
          </dl>
        </section>
        <section class="card" aria-labelledby="graph-h">
          <h2 id="graph-h">{t.ring.graph}</h2>
          <RingSvg
            layout={layout}
            title={t.ring.graphDesc(ring.totals.accounts, ring.totals.orders, ring.identifiers.length)}
            orderUrl={orderUrl}
          />
        </section>
        <section class="card" aria-labelledby="timeline-h">
          <h2 id="timeline-h">{t.ring.timeline}</h2>
          <TableWrap label={t.ring.timeline}>
            <table>
              <thead>
                <tr>
                  <th>{t.queue.placed}</th>
                  <th>{t.queue.order}</th>
                  <th class="num">{t.queue.score}</th>
                  <th>{t.queue.decision}</th>
                  <th class="num">{t.queue.amount}</th>
                  <th>{t.queue.review}</th>
                </tr>
              </thead>
              <tbody>
                {ring.orders.map((o) => (
                  <tr>
                    <td class="small">{fmt.time(o.placedAt)}</td>
                    <td>
                      <a href={orderUrl(o.orderId)}>{o.orderId}</a>
                    </td>
                    <td class="num">{o.score}</td>
                    <td>
                      <span class={`badge ${o.decision}`}>{t.decisions[o.decision] ?? o.decision}</span>
                    </td>
                    <td class="num">{fmt.yen(o.amount)}</td>
                    <td>{o.label ? <span class="badge label">{t.labels[o.label] ?? o.label}</span> : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </section>
      </>,
    );
  });
}

const COLOURS = { account: "#4a5568", order: "#1f5fbf", identifier: "#9a6200" } as const;

function RingSvg({ layout, title, orderUrl }: { layout: RingLayout; title: string; orderUrl: (id: string) => string }) {
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      // Not role="img": its order nodes are links, and an image's children are not reachable.
      aria-labelledby="ring-graph-title"
      data-testid="ring-graph"
    >
      <title id="ring-graph-title">{title}</title>
      <g stroke="#aab1bf" stroke-width="1">
        {layout.edges.map((e) => {
          const a = at.get(e.from);
          const b = at.get(e.to);
          return a && b ? <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} /> : null;
        })}
      </g>
      {layout.nodes.map((n) => {
        const shape = (
          <>
            <circle
              cx={n.x}
              cy={n.y}
              r={n.r}
              fill={n.fraud ? "#b42318" : COLOURS[n.kind]}
              stroke={n.hub ? "#14213d" : "none"}
              stroke-width={n.hub ? 3 : 0}
            />
            <text
              x={n.kind === "account" ? n.x - n.r - 6 : n.x + n.r + 6}
              y={n.y + 4}
              font-size="12"
              text-anchor={n.kind === "account" ? "end" : "start"}
              fill="#1d2330"
            >
              {n.label}
            </text>
          </>
        );
        return n.kind === "order" ? (
          <a href={orderUrl(n.label)} data-node="order">
            {shape}
          </a>
        ) : (
          <g data-node={n.kind}>{shape}</g>
        );
      })}
    </svg>
  );
}
