import { FRAUD_LABELS } from "@shinsa/shared";
import type { Db } from "../db/client.js";
import { readDashboardFigures } from "../db/queries/dashboard-figures.js";
import { type Cache, createCache } from "../lib/cache.js";

const DAY = 86_400_000;
export const DASHBOARD_DAYS = 30;
/**
 * A dashboard is read at a glance, not to the second: its figures are computed at most once a
 * minute per site (about 100 ms at 100k stored orders, docs/benchmarks/console-pages.md), and the
 * page's refresh link asks for them now.
 */
export const DASHBOARD_TTL_MS = 60_000;
const caches = new WeakMap<Db, Cache<Dashboard>>();
type Dashboard = Awaited<ReturnType<typeof computeDashboard>>;

export async function getDashboard(
  deps: { db: Db; now: () => Date },
  siteId: string,
  options: { fresh?: boolean } = {},
) {
  const cache = caches.get(deps.db) ?? createCache<Dashboard>({ maxEntries: 1000, ttlMs: DASHBOARD_TTL_MS });
  caches.set(deps.db, cache);
  const kept = options.fresh ? undefined : cache.get(siteId);
  if (kept) return kept.value;
  const dashboard = await computeDashboard(deps, siteId);
  cache.set(siteId, dashboard);
  return dashboard;
}

/**
 * What a fraud team reads at a glance over the last 30 days: orders per day by decision (days
 * without orders included, on Japan's calendar), the score distribution in tens, the reasons that
 * fire most, the review backlog, how long a decision takes, and confirmed fraud that the scorer
 * stopped (reviewed or rejected) or let through (accepted).
 */
async function computeDashboard(deps: { db: Db; now: () => Date }, siteId: string) {
  const now = deps.now().getTime();
  const since = new Date(now - DASHBOARD_DAYS * DAY);
  const figures = await readDashboardFigures(deps.db, siteId, since, FRAUD_LABELS);
  const today = Math.floor((now + 9 * 3_600_000) / DAY);
  const days = Array.from({ length: DASHBOARD_DAYS + 1 }, (_, i) => today - DASHBOARD_DAYS + i).map((day) => {
    const of = (decision: string) => figures.perDay.find((r) => r.day === day && r.decision === decision)?.n ?? 0;
    return {
      date: new Date(day * DAY).toISOString().slice(0, 10),
      accept: of("accept"),
      review: of("review"),
      reject: of("reject"),
    };
  });
  const scoreBins = Array.from({ length: 10 }, (_, bin) => figures.scoreBins.find((b) => b.bin === bin)?.n ?? 0);
  const fraudBy = (d: string) => figures.fraudByDecision.find((r) => r.decision === d)?.n ?? 0;
  return {
    days,
    scoreBins,
    topReasons: figures.topReasons,
    backlog: figures.backlog,
    medianDecisionS: figures.medianDecisionS,
    fraud: {
      caught: fraudBy("reject") + fraudBy("review"),
      rejected: fraudBy("reject"),
      reviewed: fraudBy("review"),
      missed: fraudBy("accept"),
    },
    computedAt: new Date(now).toISOString(),
    total: days.reduce((sum, d) => sum + d.accept + d.review + d.reject, 0),
  };
}
