import { type Context, Hono } from "hono";
import type { AppDeps } from "../../deps.js";
import { getDashboard } from "../../orders/get-dashboard.js";
import type { ConsoleEnv } from "../console-env.js";
import { renderPage } from "../layout.js";
import { siteForViewer } from "../sites.js";

type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
const COLOURS = { accept: "#1d7a46", review: "#9a6200", reject: "#b42318" } as const;

export function dashboardPage(deps: AppDeps) {
  return new Hono<ConsoleEnv>().get("/console/sites/:siteId/dashboard", async (c) => {
    const { t } = c.var;
    const site = await siteForViewer(deps.db, c.var.viewer, c.req.param("siteId"));
    const data = await getDashboard(deps, site.siteId, { fresh: c.req.query("fresh") === "1" });
    return renderPage(
      c,
      { title: `${t.dashboard.title} — ${site.name}`, siteId: site.siteId },
      <DashboardView c={c} data={data} siteId={site.siteId} />,
    );
  });
}

function duration(seconds: number | null, lang: string): string {
  if (seconds === null) return "—";
  const hours = seconds / 3600;
  if (hours < 1) return lang === "ja" ? `${Math.round(seconds / 60)}分` : `${Math.round(seconds / 60)} min`;
  if (hours < 48) return lang === "ja" ? `${hours.toFixed(1)}時間` : `${hours.toFixed(1)} h`;
  return lang === "ja" ? `${(hours / 24).toFixed(1)}日` : `${(hours / 24).toFixed(1)} days`;
}

function DashboardView({ c, data, siteId }: { c: Context<ConsoleEnv>; data: Dashboard; siteId: string }) {
  const { t, fmt, lang } = c.var;
  const maxDay = Math.max(1, ...data.days.map((d) => d.accept + d.review + d.reject));
  const maxBin = Math.max(1, ...data.scoreBins);
  const W = 620;
  const H = 160;
  const barW = W / data.days.length;
  const caughtShare =
    data.fraud.caught + data.fraud.missed === 0 ? null : data.fraud.caught / (data.fraud.caught + data.fraud.missed);
  return (
    <>
      <h1>
        {t.dashboard.title} <span class="muted small">{t.dashboard.days}</span>
      </h1>
      <p class="small muted">
        {t.dashboard.asOf(fmt.time(data.computedAt))} ·{" "}
        <a href={`/console/sites/${siteId}/dashboard?fresh=1`}>{t.dashboard.refresh}</a>
      </p>
      <div class="row">
        <section class="card">
          <h2>{t.dashboard.backlog}</h2>
          <p class="score-big">
            <a href={`/console/sites/${siteId}?view=open`} data-testid="backlog">
              {fmt.number(data.backlog)}
            </a>
          </p>
        </section>
        <section class="card">
          <h2>{t.dashboard.timeToDecision}</h2>
          <p class="score-big">{duration(data.medianDecisionS, lang)}</p>
        </section>
        <section class="card">
          <h2>{t.dashboard.caught}</h2>
          <p class="score-big">{caughtShare === null ? "—" : `${Math.round(caughtShare * 100)}%`}</p>
          <p class="small">
            {`${fmt.number(data.fraud.caught)} / ${fmt.number(data.fraud.caught + data.fraud.missed)}`} ·{" "}
            {t.dashboard.missed}: {fmt.number(data.fraud.missed)}
          </p>
        </section>
      </div>
      <section class="card" aria-labelledby="per-day-h">
        <h2 id="per-day-h">{t.dashboard.perDay}</h2>
        <svg
          viewBox={`0 0 ${W} ${H + 20}`}
          width={W}
          height={H + 20}
          role="img"
          aria-label={`${t.dashboard.perDay}: ${fmt.number(data.total)}`}
        >
          <title>{`${t.dashboard.perDay}: ${fmt.number(data.total)}`}</title>
          {data.days.map((d, i) => {
            let y = H;
            return (
              <g>
                {(["accept", "review", "reject"] as const).map((k) => {
                  const h = (d[k] / maxDay) * (H - 10);
                  y -= h;
                  return h > 0 ? (
                    <rect x={i * barW + 1} y={y} width={barW - 2} height={h} fill={COLOURS[k]}>
                      <title>{`${fmt.day(d.date)} ${t.decisions[k]}: ${d[k]}`}</title>
                    </rect>
                  ) : null;
                })}
                {i % 5 === 0 && (
                  <text x={i * barW} y={H + 14} font-size="10" fill="#5b6475">
                    {fmt.day(d.date)}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
        <p class="small">
          {(["accept", "review", "reject"] as const).map((k) => (
            <span>
              <span class={`badge ${k}`}>{t.decisions[k]}</span> {fmt.number(
                data.days.reduce((s, d) => s + d[k], 0),
              )}{" "}
            </span>
          ))}
        </p>
      </section>
      <div class="row">
        <section class="card" aria-labelledby="scores-h">
          <h2 id="scores-h">{t.dashboard.scores}</h2>
          <svg viewBox="0 0 300 140" width="300" height="140" role="img" aria-label={t.dashboard.scores}>
            <title>{t.dashboard.scores}</title>
            {data.scoreBins.map((n, bin) => {
              const h = (n / maxBin) * 110;
              return (
                <g>
                  <rect class="bar" x={bin * 30 + 2} y={115 - h} width="26" height={h}>
                    <title>{`${bin * 10}–${bin * 10 + 9}: ${n}`}</title>
                  </rect>
                  <text x={bin * 30 + 6} y="130" font-size="10" fill="#5b6475">
                    {bin * 10}
                  </text>
                </g>
              );
            })}
          </svg>
        </section>
        <section class="card" aria-labelledby="reasons-h">
          <h2 id="reasons-h">{t.dashboard.topReasons}</h2>
          <table>
            <tbody>
              {data.topReasons.map((r) => (
                <tr>
                  <td>
                    <a href={`/console/sites/${siteId}?view=all&reason=${r.code}`}>
                      <code>{r.code}</code>
                    </a>
                  </td>
                  <td class="num">{fmt.number(r.n)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </>
  );
}
