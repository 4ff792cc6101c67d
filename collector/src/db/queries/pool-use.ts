import { sql } from "drizzle-orm";
import { type Db, rowsOf } from "../client.js";

/**
 * This process's connections as PostgreSQL sees them, by state (`active`, `idle`, `idle in
 * transaction` …): the connections share the asking one's application_name (db/client.ts). The
 * asking connection itself counts as one active. PGlite has one connection and answers one.
 */
export async function readPoolUse(db: Db): Promise<Array<{ state: string; connections: number }>> {
  const result = await db.execute(sql`select coalesce(state, 'unknown') as state, count(*)::int as n
    from pg_stat_activity
    where application_name = current_setting('application_name') and pid is not null
    group by 1 order by 1`);
  return rowsOf(result).map((r) => ({ state: String(r.state), connections: Number(r.n) }));
}
