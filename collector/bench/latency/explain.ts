import type { Sql } from "postgres";
import { loadHistory } from "../../src/db/queries/linked-history.js";
import type { Identifier, IdentifierKind } from "../../src/lib/identifier.js";
import { DEFAULT_SETTINGS } from "../../src/scoring/settings.js";
import type { BenchDatabase } from "./database.js";

// EXPLAIN (ANALYZE, BUFFERS) of the history read (neighbours, lists, rings) exactly as db/queries/linked-history.ts
// sends it: the query and parameters drizzle logged when loadHistory ran for a stored order's identifiers.

export interface ExplainSummary {
  orderId: string;
  identifiers: number;
  planning: string;
  execution: string;
  rows: string;
  scans: Record<string, number>;
  buffers: string;
  plan: string[];
}

export async function explainNeighbours(
  bench: BenchDatabase,
  siteId: string,
  orderId: string,
): Promise<ExplainSummary> {
  const { sql, db, capture } = bench;
  const stored = await sql<{ kind: IdentifierKind; value: string }[]>`
    select kind, value from order_identifiers where site_id = ${siteId} and order_id = ${orderId}`;
  const identifiers: Identifier[] = stored.map((r) => ({ kind: r.kind, value: r.value }));
  capture.on = true;
  await loadHistory(db, siteId, identifiers, orderId, DEFAULT_SETTINGS.hubAccounts);
  capture.on = false;
  const plan = await explain(sql, capture.query, capture.params);
  const find = (re: RegExp) => plan.find((l) => re.test(l))?.trim() ?? "";
  const scans: Record<string, number> = {};
  for (const l of plan) {
    const scan =
      /(Index Only Scan|Index Scan|Bitmap Heap Scan|Bitmap Index Scan|Seq Scan|Function Scan)( Backward)?/.exec(l);
    if (scan) scans[scan[0]] = (scans[scan[0]] ?? 0) + 1;
  }
  return {
    orderId,
    identifiers: identifiers.length,
    planning: find(/^Planning Time/),
    execution: find(/^Execution Time/),
    rows: /actual time=[\d.]+\.\.[\d.]+ rows=(\d+)/.exec(plan[0] ?? "")?.[1] ?? "?",
    scans,
    buffers: find(/Buffers:/),
    plan,
  };
}

export async function explain(sql: Sql, query: string, params: unknown[]): Promise<string[]> {
  const rows = await sql.unsafe(`explain (analyze, buffers) ${query}`, params as never[]);
  return rows.map((r) => String((r as Record<string, unknown>)["QUERY PLAN"]));
}
