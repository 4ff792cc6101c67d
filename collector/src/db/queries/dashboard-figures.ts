import { and, count, eq, gte, isNotNull, isNull, sql } from "drizzle-orm";
import { type Db, rowsOf } from "../client.js";
import { orders } from "../schema.js";

// Japan's day, without time-zone data (PGlite may lack it): JST is UTC+9 all year.
const jstDay = sql<number>`floor(extract(epoch from ${orders.placedAt} + interval '9 hours') / 86400)::int`;

/** The figures of the console's dashboard for the site's orders placed since `since`, in one trip each. */
export async function readDashboardFigures(db: Db, siteId: string, since: Date, fraudLabels: readonly string[]) {
  const mine = and(eq(orders.siteId, siteId), gte(orders.placedAt, since));
  // Day, decision, score band and confirmed fraud in one pass over the 30 days' rows: each of
  // them alone reads the same scattered heap pages.
  const fraud = sql<boolean>`coalesce(${orders.label} in (${sql.join(
    fraudLabels.map((l) => sql`${l}`),
    sql`, `,
  )}), false)`;
  const bin = sql<number>`least(${orders.score} / 10, 9)::int`;
  const [cells, topReasons, backlog, decisionTime] = await Promise.all([
    db
      .select({ day: jstDay, decision: orders.decision, bin, fraud, n: count() })
      .from(orders)
      .where(mine)
      .groupBy(sql`1, 2, 3, 4`), // by position: the label list is bound twice otherwise, and no longer the same expression
    db.execute(sql`select r->>'code' as code, count(*)::int as n
      from ${orders}, jsonb_array_elements(${orders.reasons}) r
      where ${orders.siteId} = ${siteId} and ${orders.placedAt} >= ${since.toISOString()}::timestamptz
      group by 1 order by 2 desc, 1 limit 10`),
    db
      .select({ n: count() })
      .from(orders)
      .where(and(eq(orders.siteId, siteId), eq(orders.decision, "review"), isNull(orders.label))),
    db
      .select({
        medianS: sql<
          number | null
        >`percentile_cont(0.5) within group (order by extract(epoch from ${orders.labeledAt} - ${orders.placedAt}))`,
      })
      .from(orders)
      .where(and(mine, isNotNull(orders.labeledAt))),
  ]);
  const sum = (keep: (c: (typeof cells)[number]) => boolean) => (key: (c: (typeof cells)[number]) => string) => {
    const totals = new Map<string, number>();
    for (const c of cells.filter(keep)) totals.set(key(c), (totals.get(key(c)) ?? 0) + Number(c.n));
    return [...totals.entries()];
  };
  return {
    perDay: sum(() => true)((c) => `${c.day}|${c.decision}`).map(([k, n]) => {
      const [day, decision = ""] = k.split("|");
      return { day: Number(day), decision, n };
    }),
    scoreBins: sum(() => true)((c) => String(c.bin)).map(([bin, n]) => ({ bin: Number(bin), n })),
    topReasons: rowsOf(topReasons).map((r) => ({ code: String(r.code), n: Number(r.n) })),
    backlog: Number(backlog[0]?.n ?? 0),
    medianDecisionS: decisionTime[0]?.medianS == null ? null : Number(decisionTime[0].medianS),
    fraudByDecision: sum((c) => c.fraud === true)((c) => c.decision).map(([decision, n]) => ({ decision, n })),
  };
}
