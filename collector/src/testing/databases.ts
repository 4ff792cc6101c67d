import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { type Database, type Db, openDatabase } from "../db/client.js";
import { migrate } from "../db/migrate.js";
import { createSite } from "../sites/create-site.js";

// Route tests run against both drivers. PostgreSQL gets a throw-away database per test file, so
// files can run side by side; PGlite an in-memory instance per file (its first open takes seconds).

export const DRIVERS = ["pglite", "postgres"] as const;
export type Driver = (typeof DRIVERS)[number];

const SERVER_URL = process.env.DATABASE_URL ?? "postgres://root:root@127.0.0.1:5432/test";

/** Skipping PostgreSQL must be asked for by name, and is refused in CI: a silent skip hides a broken setup. */
export const skipPostgres = process.env.SHINSA_SKIP_PG === "1" && !process.env.CI;

export interface TestDatabase extends Database {
  /** The connection URL, for a PostgreSQL database (a test may reach it another way, e.g. through a proxy). */
  url?: string;
  /** Closes the connection and drops what the test made. */
  dispose(): Promise<void>;
}

export async function openTestDatabase(driver: Driver): Promise<TestDatabase> {
  if (driver === "pglite") {
    const database = await openDatabase({ dataDir: "memory://" });
    await migrate(database);
    return { ...database, dispose: () => database.close() };
  }
  const name = `shinsa_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    await admin.unsafe(`create database ${name}`);
  } catch (err) {
    await admin.end();
    throw new Error(
      `PostgreSQL is unreachable at ${SERVER_URL.replace(/:[^:@/]*@/, ":***@")} (${String(err)}). ` +
        "Start it (pg_ctlcluster --skip-systemctl-redirect 15 main start) or, outside CI only, set SHINSA_SKIP_PG=1.",
    );
  }
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  await migrate(database);
  return {
    ...database,
    url: url.toString(),
    dispose: async () => {
      await database.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** The drivers this run covers; PostgreSQL is left out only when explicitly skipped. */
export const testDrivers: Driver[] = skipPostgres ? ["pglite"] : [...DRIVERS];

/** A fresh database of the driver with one site in it, for a test of queries; disposed after `test`, pass or fail. */
export async function withShop(driver: Driver, test: (shop: { db: Db; siteId: string }) => Promise<void>) {
  const database = await openTestDatabase(driver);
  try {
    const { siteId } = await createSite(database.db, { name: "shop", origins: ["https://shop.example"] });
    await test({ db: database.db, siteId });
  } finally {
    await database.dispose();
  }
}
