import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, skipPostgres, type TestDatabase } from "../testing/databases.js";
import { rowsOf } from "./client.js";

// The PostgreSQL connections keep the statements that come back prepared (prepare-policy.ts).
describe.skipIf(skipPostgres)("PostgreSQL connections", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase("postgres");
  });
  afterAll(() => database.dispose());

  it("plan every run of a prepared statement for its own values, never one generic plan for all", async () => {
    // A generic plan is chosen blind to the values; for a link on a name shared by thousands of
    // orders it can be a hundred times slower (bench:load:queue's intake fell by half with one).
    const rows = rowsOf(await database.db.execute(sql`show plan_cache_mode`));
    expect(rows[0]?.plan_cache_mode).toBe("force_custom_plan");
  });

  it("answers a statement run many times, prepared after its first runs, for each run's own values", async () => {
    const answers: unknown[] = [];
    for (let n = 0; n < 20; n++) {
      const rows = rowsOf(await database.db.execute(sql`select ${n}::int * 2 as doubled, ${`v${n}`}::text as label`));
      answers.push(rows[0]);
    }
    expect(answers.map((r) => (r as { doubled: number }).doubled)).toEqual(Array.from({ length: 20 }, (_, n) => n * 2));
    expect(answers.map((r) => (r as { label: string }).label)).toEqual(Array.from({ length: 20 }, (_, n) => `v${n}`));
  });
});
