import { asc, eq } from "drizzle-orm";
import type { Db } from "../client.js";
import { consoleUsers } from "../schema.js";

export type ConsoleUserRow = typeof consoleUsers.$inferSelect;

export async function readConsoleUserByEmail(db: Db, email: string): Promise<ConsoleUserRow | undefined> {
  const [row] = await db.select().from(consoleUsers).where(eq(consoleUsers.email, email)).limit(1);
  return row;
}

export async function readConsoleUser(db: Db, id: string): Promise<ConsoleUserRow | undefined> {
  const [row] = await db.select().from(consoleUsers).where(eq(consoleUsers.id, id)).limit(1);
  return row;
}

export async function readConsoleUsers(db: Db): Promise<ConsoleUserRow[]> {
  return db.select().from(consoleUsers).orderBy(asc(consoleUsers.createdAt), asc(consoleUsers.email));
}

/** Inserts a user; false when the email is taken (the unique index answers, not a read before). */
export async function insertConsoleUser(db: Db, user: typeof consoleUsers.$inferInsert): Promise<boolean> {
  const rows = await db.insert(consoleUsers).values(user).onConflictDoNothing().returning({ id: consoleUsers.id });
  return rows.length === 1;
}

export async function disableConsoleUser(db: Db, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(consoleUsers)
    .set({ disabledAt: at })
    .where(eq(consoleUsers.id, id))
    .returning({ id: consoleUsers.id });
  return rows.length === 1;
}
