import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR } from "./migrate.js";

// Migration 0003 carries hand-written SQL beside drizzle-kit's: orders stored before it get their
// name key from their identifier rows, and each label becomes the first entry of its history.
// Run here on a database as 0002 left it, with rows in it.

const statements = (file: string) =>
  readFileSync(join(MIGRATIONS_DIR, file), "utf8")
    .split("--> statement-breakpoint")
    .filter((s) => s.trim());

describe("migration 0003 on orders stored before it", () => {
  const pg = new PGlite();
  beforeAll(async () => {
    for (const file of ["0000_init.sql", "0001_orders.sql", "0002_covering_neighbours.sql"]) {
      for (const sql of statements(file)) await pg.exec(sql);
    }
    await pg.exec(`
      insert into orders (site_id, order_id, placed_at, request, score, decision, reasons, links, label, label_note, labeled_at)
      values ('s1', 'A-1', now(), '{}', 50, 'review', '[]', '{}', 'fraud', '転送業者', '2026-11-01T00:00:00Z'),
             ('s1', 'A-2', now(), '{}', 10, 'accept', '[]', '{}', null, null, null);
      insert into order_identifiers (site_id, kind, value, order_id, placed_at, person_key)
      values ('s1', 'email', 'e1', 'A-1', now(), 'pk-yamada'), ('s1', 'phone', 'p1', 'A-1', now(), 'pk-yamada'),
             ('s1', 'email', 'e2', 'A-2', now(), null);`);
    for (const sql of statements("0003_operations.sql")) await pg.exec(sql);
  });
  afterAll(() => pg.close());

  it("gives each order the name key its identifier rows carry, and none where they carry none", async () => {
    const { rows } = await pg.query("select order_id, person_key from orders order by order_id");
    expect(rows).toEqual([
      { order_id: "A-1", person_key: "pk-yamada" },
      { order_id: "A-2", person_key: null },
    ]);
  });

  it("makes each label the first entry of its order's review history", async () => {
    const { rows } = await pg.query<{ at: Date }>("select order_id, label, note, reviewer, at from order_reviews");
    expect(rows).toEqual([
      { order_id: "A-1", label: "fraud", note: "転送業者", reviewer: null, at: new Date("2026-11-01T00:00:00Z") },
    ]);
  });
});
