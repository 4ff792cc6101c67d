import { FEEDBACK_LABELS, type FeedbackLabel } from "@shinsa/shared";
import { type Context, Hono } from "hono";
import { reviewerName } from "../../accounts/viewer.js";
import type { AppDeps } from "../../deps.js";
import { ApiError } from "../../lib/api-error.js";
import { decideOrder } from "../../orders/decide-order.js";
import { getOrderStory } from "../../orders/get-order-story.js";
import type { ConsoleEnv } from "../console-env.js";
import { CsrfField, renderPage, TableWrap } from "../layout.js";
import { siteForViewer } from "../sites.js";
import { formOf } from "./form.js";

type Story = Awaited<ReturnType<typeof getOrderStory>>;

// The buttons, in the order a reviewer reaches for them, with their keyboard keys.
const DECISIONS: {
  label: FeedbackLabel;
  key: string;
  text: "accept" | "rejectFraud" | "rejectResale" | "chargeback";
  style: string;
}[] = [
  { label: "legit", key: "a", text: "accept", style: "ok" },
  { label: "fraud", key: "f", text: "rejectFraud", style: "danger" },
  { label: "resale", key: "r", text: "rejectResale", style: "danger" },
  { label: "chargeback", key: "c", text: "chargeback", style: "secondary" },
];

export function orderPage(deps: AppDeps) {
  const app = new Hono<ConsoleEnv>();
  const path = "/console/sites/:siteId/orders/:orderId";

  app.get(path, async (c) => {
    const site = await siteForViewer(deps.db, c.var.viewer, c.req.param("siteId"));
    const story = await getOrderStory(deps, site.siteId, c.req.param("orderId"), c.var.lang);
    const notice = c.req.query("saved") ? c.var.t.order.saved : null;
    return renderPage(
      c,
      { title: c.var.t.order.title(story.orderId), siteId: site.siteId, notice },
      <OrderView c={c} siteId={site.siteId} story={story} />,
    );
  });

  app.post(`${path}/decision`, async (c) => {
    const site = await siteForViewer(deps.db, c.var.viewer, c.req.param("siteId"));
    const orderId = c.req.param("orderId");
    const form = await formOf(c);
    const label = FEEDBACK_LABELS.find((l) => l === form.label);
    if (!label) throw new ApiError(400, "invalid_label", `label: one of ${FEEDBACK_LABELS.join(", ")}`);
    const note = form.note?.trim().slice(0, 2000) || undefined;
    await decideOrder(deps, site.siteId, orderId, { label, note, reviewer: reviewerName(c.var.viewer) });
    return c.redirect(`/console/sites/${site.siteId}/orders/${encodeURIComponent(orderId)}?saved=1`, 303);
  });
  return app;
}

function OrderView({ c, siteId, story }: { c: Context<ConsoleEnv>; siteId: string; story: Story }) {
  const { t, fmt, csrf } = c.var;
  const base = `/console/sites/${siteId}`;
  const orderUrl = (id: string) => `${base}/orders/${encodeURIComponent(id)}`;
  return (
    <>
      <p class="small">
        <a href={`${base}`}>← {t.order.back}</a>
      </p>
      <h1>{t.order.title(story.orderId)}</h1>
      <section class="card" aria-label={t.order.decision}>
        <div class="row">
          <div>
            <div class="muted small">{t.order.score}</div>
            <div class="score-big" data-testid="score">
              {story.score}
            </div>
          </div>
          <div>
            <div class="muted small">{t.order.decision}</div>
            <span class={`badge ${story.decision}`} data-testid="decision">
              {t.decisions[story.decision] ?? story.decision}
            </span>
            {story.review && (
              <p class="small">
                {t.order.decided(t.labels[story.review.label] ?? story.review.label, story.review.reviewer ?? "—")}
              </p>
            )}
            {story.rescored && (
              <p class="small" data-testid="rescored">
                {t.order.rescored(
                  story.rescored.by,
                  story.rescored.scoreBefore,
                  t.decisions[story.rescored.decisionBefore] ?? story.rescored.decisionBefore,
                  fmt.time(story.rescored.at),
                )}
              </p>
            )}
          </div>
          <dl class="facts small">
            <dt>{t.queue.placed}</dt>
            <dd>{fmt.time(story.placedAt)}</dd>
            <dt>{t.fieldNames.amount}</dt>
            <dd>{fmt.yen((story.order as { amount?: number }).amount)}</dd>
            {story.links.ringId && (
              <>
                <dt>{t.order.ring}</dt>
                <dd>
                  <a href={`${base}/rings/${story.links.ringId}`}>{story.links.ringId}</a>
                </dd>
              </>
            )}
          </dl>
        </div>
        <h2>{t.order.reasons}</h2>
        {story.reasons.length === 0 ? (
          <p>{t.order.noReasons}</p>
        ) : (
          <ul>
            {story.reasons.map((r) => (
              <li>
                <strong>{r.score > 0 ? `+${r.score}` : r.score}</strong> {r.message}{" "}
                <code class="muted small">{r.code}</code>
              </li>
            ))}
          </ul>
        )}
        <form method="post" action={`${orderUrl(story.orderId)}/decision`}>
          <CsrfField token={csrf} />
          <label>
            {t.order.note}
            <textarea name="note" rows={2} cols={50} maxlength={2000} />
          </label>
          <div class="decide">
            {DECISIONS.map((d) => (
              <button
                type="submit"
                name="label"
                value={d.label}
                class={d.style}
                data-key={d.key}
                aria-keyshortcuts={d.key}
              >
                {t.order[d.text]} <kbd>{d.key}</kbd>
              </button>
            ))}
          </div>
          <p class="muted small">{t.order.shortcuts}</p>
        </form>
      </section>

      <section class="card" aria-labelledby="fields-h">
        <h2 id="fields-h">{t.order.fields}</h2>
        {story.erasedAt ? (
          <p>{t.order.erased}</p>
        ) : (
          <TableWrap label={t.order.fields}>
            <table>
              <thead>
                <tr>
                  <th>{t.order.field}</th>
                  <th>{t.order.asSent}</th>
                  <th>{t.order.normalised}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {story.fields.map((f) => (
                  <tr>
                    <th scope="row">
                      {t.fieldNames[f.field] ?? f.field}{" "}
                      <span class="muted small">{t.parties[f.party] ?? f.party}</span>
                    </th>
                    <td>{f.asSent}</td>
                    <td>
                      <code>{f.normalised}</code>
                    </td>
                    <td class="small muted">{f.note ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>

      <div class="row">
        <section class="card" aria-labelledby="device-h">
          <h2 id="device-h">{t.order.device}</h2>
          {story.device ? (
            <dl class="facts">
              <dt>{t.order.browser}</dt>
              <dd>{[story.device.browser.name, story.device.browser.version].filter(Boolean).join(" ") || "—"}</dd>
              <dt>{t.order.os}</dt>
              <dd>{[story.device.os.name, story.device.os.version].filter(Boolean).join(" ") || "—"}</dd>
              <dt>{t.order.firstSeen}</dt>
              <dd>{fmt.time(story.device.history.firstSeenAt)}</dd>
              <dt>{t.order.accountsOnDevice}</dt>
              <dd>{story.device.history.accounts}</dd>
              <dt>{t.order.ordersOnDevice}</dt>
              <dd>{story.device.history.orders}</dd>
              <dt>{t.order.flags}</dt>
              <dd>
                {story.device.flagReasons.length === 0 ? (
                  t.order.noFlags
                ) : (
                  <ul>
                    {story.device.flagReasons.map((f) => (
                      <li>
                        <strong>{f.flag}</strong>: {f.message}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
              {story.device.behavior && (
                <>
                  <dt>{t.order.behaviour}</dt>
                  <dd class="small">
                    {`${Math.round(story.device.behavior.elapsedMs / 1000)} s · ${story.device.behavior.clicks} clicks · ${story.device.behavior.pointerMoves} moves · ${story.device.behavior.touches} touches`}
                  </dd>
                </>
              )}
            </dl>
          ) : (
            <p>{t.order.noDevice}</p>
          )}
        </section>

        <section class="card" aria-labelledby="linked-h">
          <h2 id="linked-h">{t.order.linked}</h2>
          {story.links.via.length > 0 && (
            <p class="small">
              {t.order.via}: {story.links.via.join(", ")}
            </p>
          )}
          {story.linked.length === 0 ? (
            <p>{t.order.noLinked}</p>
          ) : (
            <ul>
              {story.linked.map((o) => (
                <li>
                  <a href={orderUrl(o.orderId)}>{o.orderId}</a>{" "}
                  <span class={`badge ${o.decision}`}>{t.decisions[o.decision] ?? o.decision}</span>{" "}
                  <span data-linked-score={o.orderId}>{o.score}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section class="card" aria-labelledby="history-h">
        <h2 id="history-h">{t.order.history}</h2>
        {story.reviews.length === 0 ? (
          <p>{t.order.noHistory}</p>
        ) : (
          <ul>
            {story.reviews.map((r) => (
              <li>
                {fmt.time(r.at)} — <strong>{t.labels[r.label] ?? r.label}</strong> · {r.reviewer ?? "—"}
                {r.note ? ` · ${r.note}` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
