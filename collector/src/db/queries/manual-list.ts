import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../client.js";
import { listEntries } from "../schema.js";

/** The entries a person put on the site's lists by hand (feedback's own entries are not shown here). */
export async function readManualEntries(db: Db, siteId: string) {
  return db
    .select({
      list: listEntries.list,
      kind: listEntries.kind,
      value: listEntries.value,
      note: listEntries.note,
      createdAt: listEntries.createdAt,
    })
    .from(listEntries)
    .where(and(eq(listEntries.siteId, siteId), eq(listEntries.manual, true)))
    .orderBy(desc(listEntries.createdAt))
    .limit(1000);
}

/** Adds entries by hand; an entry feedback already made for the same value becomes a manual one. */
export async function writeManualEntries(
  db: Db,
  siteId: string,
  entries: { list: string; kind: string; value: string; note: string }[],
) {
  if (entries.length === 0) return;
  await db
    .insert(listEntries)
    .values(entries.map((e) => ({ siteId, ...e, manual: true })))
    .onConflictDoUpdate({
      target: [listEntries.siteId, listEntries.list, listEntries.kind, listEntries.value],
      set: { manual: true },
    });
}

export async function deleteManualEntry(db: Db, siteId: string, entry: { list: string; kind: string; value: string }) {
  const rows = await db
    .delete(listEntries)
    .where(
      and(
        eq(listEntries.siteId, siteId),
        eq(listEntries.list, entry.list),
        eq(listEntries.kind, entry.kind),
        eq(listEntries.value, entry.value),
        eq(listEntries.manual, true),
      ),
    )
    .returning({ value: listEntries.value });
  return rows.length > 0;
}
