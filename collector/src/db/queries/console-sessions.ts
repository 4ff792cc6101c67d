import { and, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { consoleSessions, consoleSignInFailures } from "../schema.js";

export type ConsoleSessionRow = typeof consoleSessions.$inferSelect;

export async function insertConsoleSession(db: Db, session: typeof consoleSessions.$inferInsert): Promise<void> {
  await db.insert(consoleSessions).values(session);
}

/** A session that has not expired. */
export async function readLiveConsoleSession(
  db: Db,
  idHash: string,
  now: Date,
): Promise<ConsoleSessionRow | undefined> {
  const [row] = await db
    .select()
    .from(consoleSessions)
    .where(and(eq(consoleSessions.idHash, idHash), gt(consoleSessions.expiresAt, now)))
    .limit(1);
  return row;
}

export async function deleteConsoleSession(db: Db, idHash: string): Promise<void> {
  await db.delete(consoleSessions).where(eq(consoleSessions.idHash, idHash));
}

/** Signs a person out everywhere: every session of the user (null: the owner's). */
export async function deleteSessionsOf(db: Db, userId: string | null): Promise<void> {
  await db
    .delete(consoleSessions)
    .where(userId === null ? isNull(consoleSessions.userId) : eq(consoleSessions.userId, userId));
}

export async function deleteExpiredSessions(db: Db, now: Date): Promise<void> {
  await db.delete(consoleSessions).where(lt(consoleSessions.expiresAt, now));
}

export async function readSignInFailures(db: Db, key: string) {
  const [row] = await db.select().from(consoleSignInFailures).where(eq(consoleSignInFailures.key, key)).limit(1);
  return row;
}

/** One more failure for the key; a run of failures older than `forgetBefore` starts again from one. */
export async function addSignInFailure(db: Db, key: string, at: Date, forgetBefore: Date): Promise<void> {
  await db
    .insert(consoleSignInFailures)
    .values({ key, failures: 1, lastAt: at })
    .onConflictDoUpdate({
      target: consoleSignInFailures.key,
      set: {
        failures: sql`case when ${consoleSignInFailures.lastAt} < ${forgetBefore.toISOString()}::timestamptz then 1 else ${consoleSignInFailures.failures} + 1 end`,
        lastAt: at,
      },
    });
}

export async function clearSignInFailures(db: Db, keys: string[]): Promise<void> {
  await db.delete(consoleSignInFailures).where(or(...keys.map((k) => eq(consoleSignInFailures.key, k))));
}
