import type { Sql } from "postgres";

// The Citus layout simulated on one server (docs/scaling.md): every per-site table becomes a
// table hash-partitioned by site_id, as Citus distributes a table by its distribution column,
// while `sites`, `secret_keys` and the console's tables stay whole (Citus reference or local
// tables). Run on a freshly migrated, empty database, before seeding.

/** The tables Citus would distribute by site_id: every one whose primary key leads with it. */
export const DISTRIBUTED = [
  "orders",
  "order_identifiers",
  "order_reviews",
  "list_entries",
  "device_tokens",
  "webhook_events",
  "webhook_endpoints",
  "rescore_requests",
] as const;

export async function partitionBySite(sql: Sql, partitions: number): Promise<void> {
  for (const table of DISTRIBUTED) {
    // Foreign keys to `sites` go: a reference table's rows may be pointed at from a distributed
    // one in Citus, but a partitioned table's FK must be re-made per table; the bench needs none.
    const fks = await sql<{ name: string }[]>`
      select conname as name from pg_constraint where conrelid = ${table}::regclass and contype = 'f'`;
    for (const fk of fks) await sql.unsafe(`alter table "${table}" drop constraint "${fk.name}"`);
    await sql.unsafe(`alter table "${table}" rename to "${table}_whole"`);
    await sql.unsafe(`create table "${table}" (like "${table}_whole" including all) partition by hash (site_id)`);
    for (let r = 0; r < partitions; r++) {
      await sql.unsafe(
        `create table "${table}_p${r}" partition of "${table}" for values with (modulus ${partitions}, remainder ${r})`,
      );
    }
    await sql.unsafe(`drop table "${table}_whole"`);
  }
}

/**
 * The partitions a plan names, by table: one per table when every query stays on its site's
 * shard. With `executedOnly`, those left out at run time ("never executed") are not counted.
 */
export function partitionsIn(planLines: string[], executedOnly = false): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const line of planLines) {
    if (executedOnly && line.includes("(never executed)")) continue;
    for (const m of line.matchAll(/\bon (\w+?)_p(\d+)\b/g)) {
      const [, table = "", n = ""] = m;
      found.set(table, (found.get(table) ?? new Set()).add(n));
    }
  }
  return found;
}
