import { and, count, eq, gte, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { type Db, rowsOf } from "../client.js";
import { orders } from "../schema.js";

// Japan's day, without time-zone data (PGlite may lack it): JST is UTC+9 all year.
const jstDay = sql<number>`floor(extract(epoch from ${orders.placedAt} + interval '9 hours') / 86400)::int`;

/** The figures of the console's dashboard for the site's orders placed since `since`, in one trip each. */
export async function readDashboardFigures(db: Db, siteId: string, since: Date, fraudLabels: readonly string[]) {
  const mine = and(eq(orders.siteId, siteId), gte(orders.placedAt, since));
  const [perDay, scoreBins, topReasons, backlog, decisionTime, fraud] = await Promise.all([
    db
      .select({ day: jstDay, decision: orders.decision, n: count() })
      .from(orders)
      .where(mine)
      .groupBy(jstDay, orders.decision),
    db
      .select({ bin: sql<number>`least(${orders.score} / 10, 9)::int`, n: count() })
      .from(orders)
      .where(mine)
      .groupBy(sql`1`),
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
    db
      .select({ decision: orders.decision, n: count() })
      .from(orders)
      .where(and(mine, inArray(orders.label, [...fraudLabels])))
      .groupBy(orders.decision),
  ]);
  return {
    perDay: perDay.map((r) => ({ day: Number(r.day), decision: r.decision, n: Number(r.n) })),
    scoreBins: scoreBins.map((r) => ({ bin: Number(r.bin), n: Number(r.n) })),
    topReasons: rowsOf(topReasons).map((r) => ({ code: String(r.code), n: Number(r.n) })),
    backlog: Number(backlog[0]?.n ?? 0),
    medianDecisionS: decisionTime[0]?.medianS == null ? null : Number(decisionTime[0].medianS),
    fraudByDecision: fraud.map((r) => ({ decision: r.decision, n: Number(r.n) })),
  };
}
