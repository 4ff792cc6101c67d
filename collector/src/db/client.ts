import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { lockDataDir } from "./data-dir-lock.js";
import { createPreparePolicy } from "./prepare-policy.js";
import * as schema from "./schema.js";

/** Either driver, seen through what they have in common. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  driver: "postgres" | "pglite";
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** `postgres://…`: use a PostgreSQL server. */
  url?: string | undefined;
  /** Where PGlite keeps its files; `memory://` keeps nothing. */
  dataDir?: string | undefined;
}

/** Connections a process opens to PostgreSQL at most. */
export const POOL_MAX = 10;

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const client = postgres(options.url, {
      max: POOL_MAX,
      onnotice: () => {},
      connect_timeout: 10,
      // Names this process's connections in pg_stat_activity, where /metrics counts its pool's use
      // (postgres.js keeps its own counts private) and an operator tells the processes apart.
      connection: { application_name: `shinsa-${process.pid}`, plan_cache_mode: "force_custom_plan" },
    });
    const policy = createPreparePolicy();
    const unsafe = client.unsafe.bind(client);
    client.unsafe = ((text: string, params?: unknown[], options?: { prepare?: boolean }) =>
      unsafe(text, params as never, {
        ...options,
        prepare: Boolean(options?.prepare) || (params !== undefined && params.length > 0 && policy.shouldPrepare(text)),
      })) as typeof client.unsafe;
    return {
      db: drizzlePostgres(client, { schema }) as unknown as Db,
      driver: "postgres",
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dataDir = options.dataDir ?? ".data";
  const inMemory = dataDir.startsWith("memory://");
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const unlock = inMemory ? () => {} : lockDataDir(dataDir);
  const client = await PGlite.create(dataDir).catch((err) => {
    unlock();
    throw err;
  });
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    driver: "pglite",
    close: async () => {
      await client.close();
      unlock();
    },
  };
}

/**
 * The rows of a raw `db.execute`: postgres.js answers an array of rows, PGlite an object with
 * `rows`. The one place that knows which driver answered.
 */
export function rowsOf(result: unknown): Record<string, unknown>[] {
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, unknown>[];
}

/** A json value built inside a raw query: postgres.js under drizzle hands it over as text, PGlite parses it. */
export const jsonValue = <T>(value: unknown, empty: T): T =>
  (typeof value === "string" ? JSON.parse(value) : (value ?? empty)) as T;
