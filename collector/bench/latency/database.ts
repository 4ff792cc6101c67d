import { drizzle } from "drizzle-orm/postgres-js";
import postgres, { type Sql } from "postgres";
import type { Db } from "../../src/db/client.js";
import { migrate } from "../../src/db/migrate.js";
import * as schema from "../../src/db/schema.js";
import { partitionBySite } from "../../src/testing/partition-by-site.js";

// A database of its own on the server, made fresh per run and dropped at the end, so the bench
// never touches `test` and a failed run leaves nothing behind but this one name.

// Another name lets a second run go beside a kept one.
export const BENCH_DATABASE = process.env.SHINSA_BENCH_DATABASE ?? "shinsa_bench_latency";
const SERVER_URL = process.env.DATABASE_URL ?? "postgres://root:root@127.0.0.1:5432/test";

export interface BenchDatabase {
  url: string;
  db: Db;
  sql: Sql;
  /** The last query drizzle sent while `capture.on`: EXPLAIN reruns exactly what scoring ran. */
  capture: { on: boolean; query: string; params: unknown[] };
  close(): Promise<void>;
}

const admin = () => postgres(SERVER_URL, { max: 1, onnotice: () => {}, connect_timeout: 10 });

/** A fresh, migrated bench database; with `partitions`, its per-site tables hash-partitioned by site (docs/scaling.md). */
export async function createBenchDatabase(options: { partitions?: number } = {}): Promise<BenchDatabase> {
  const server = admin();
  try {
    await server.unsafe(`drop database if exists ${BENCH_DATABASE} with (force)`);
    await server.unsafe(`create database ${BENCH_DATABASE}`);
  } finally {
    await server.end();
  }
  const bench = await openBenchDatabase();
  await migrate({ db: bench.db, driver: "postgres", close: async () => {} });
  if (options.partitions) await partitionBySite(bench.sql, options.partitions);
  return bench;
}

/** The bench database as it is, e.g. one kept by `--keep`. */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const url = new URL(SERVER_URL);
  url.pathname = `/${BENCH_DATABASE}`;
  // The app's own pool settings (db/client.ts), so the in-process app queries as in production.
  const sql = postgres(url.toString(), { max: 10, onnotice: () => {}, connect_timeout: 10 });
  const capture = { on: false, query: "", params: [] as unknown[] };
  const logger = {
    logQuery(query: string, params: unknown[]) {
      if (capture.on) Object.assign(capture, { query, params });
    },
  };
  const db = drizzle(sql, { schema, logger }) as unknown as Db;
  return { url: url.toString(), db, sql, capture, close: () => sql.end({ timeout: 5 }) };
}

export async function dropBenchDatabase(): Promise<void> {
  const server = admin();
  try {
    await server.unsafe(`drop database if exists ${BENCH_DATABASE} with (force)`);
  } finally {
    await server.end();
  }
}

const LOADED = ["orders", "order_identifiers"];

/**
 * Drops the loaded tables' primary keys and indexes and returns the statements that rebuild them
 * as the migrations made them. A B-tree built once from sorted input is several times faster than
 * one grown by random HMAC keys, and ends up a little denser than one grown by traffic.
 */
export async function dropIndexes(sql: Sql): Promise<string[]> {
  const constraints = await sql<{ table: string; name: string; def: string }[]>`
    select c.conrelid::regclass::text as table, c.conname as name, pg_get_constraintdef(c.oid) as def
    from pg_constraint c where c.conrelid::regclass::text in ${sql(LOADED)} and c.contype in ('p', 'u')`;
  const indexes = await sql<{ name: string; def: string }[]>`
    select indexname as name, indexdef as def from pg_indexes
    where tablename in ${sql(LOADED)} and indexname not in ${sql(constraints.map((c) => c.name).concat(""))}`;
  for (const i of indexes) await sql.unsafe(`drop index "${i.name}"`);
  for (const c of constraints) await sql.unsafe(`alter table "${c.table}" drop constraint "${c.name}"`);
  return [
    ...constraints.map((c) => `alter table "${c.table}" add constraint "${c.name}" ${c.def}`),
    // A partitioned table's index is listed `ON ONLY` the parent; built without ONLY it covers every partition.
    ...indexes.map((i) => i.def.replace(" ON ONLY ", " ON ")),
  ];
}

export async function rebuildIndexes(sql: Sql, statements: string[]): Promise<void> {
  // A setting holds per connection: reserve one so every build sees it.
  const connection = await sql.reserve();
  try {
    await connection.unsafe("set maintenance_work_mem = '1GB'");
    for (const statement of statements) await connection.unsafe(statement);
    // Autovacuum would get there on its own after a bulk load; the bench cannot wait for it.
    await connection.unsafe("vacuum analyze orders");
    await connection.unsafe("vacuum analyze order_identifiers");
  } finally {
    connection.release();
  }
}
