import { fileURLToPath } from "node:url";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { Database } from "./client.js";

/** The SQL that drizzle-kit generated from schema.ts, committed, the same for both drivers. */
export const MIGRATIONS_DIR = fileURLToPath(new URL("../../drizzle", import.meta.url));

export async function migrate(database: Database): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_DIR };
  // The migrators differ only in the driver type they accept; the SQL they run is the same.
  if (database.driver === "postgres") await migratePostgres(database.db as never, config);
  else await migratePglite(database.db as never, config);
}
