import { randomBytes } from "node:crypto";
import type { Db } from "../db/client.js";
import {
  deleteConsoleSession,
  deleteExpiredSessions,
  deleteSessionsOf,
  insertConsoleSession,
  readLiveConsoleSession,
} from "../db/queries/console-sessions.js";
import { readConsoleUser } from "../db/queries/console-users.js";
import { hashSecret } from "../lib/keys.js";
import { type ConsoleRole, OWNER, type Viewer } from "./viewer.js";

/** A working day and a little more: an analyst signs in once a shift. */
export const SESSION_HOURS = 12;

export interface Session {
  viewer: Viewer;
  csrfToken: string;
}

/** A new session: the id goes to the browser's cookie, only its hash to the database. */
export async function startSession(
  db: Db,
  userId: string | null,
  now: Date,
): Promise<{ id: string; csrfToken: string }> {
  const id = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  await deleteExpiredSessions(db, now);
  await insertConsoleSession(db, {
    idHash: hashSecret(id),
    userId,
    csrfToken,
    expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
  });
  return { id, csrfToken };
}

/** The session behind a cookie, or null when it is unknown, expired, or its user was disabled. */
export async function readSession(db: Db, id: string, now: Date): Promise<Session | null> {
  const row = await readLiveConsoleSession(db, hashSecret(id), now);
  if (!row) return null;
  if (row.userId === null) return { viewer: OWNER, csrfToken: row.csrfToken };
  const user = await readConsoleUser(db, row.userId);
  if (!user || user.disabledAt) return null;
  return {
    viewer: {
      kind: "user",
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role as ConsoleRole,
      sites: user.sites,
    },
    csrfToken: row.csrfToken,
  };
}

export const endSession = (db: Db, id: string) => deleteConsoleSession(db, hashSecret(id));

/** Sign-out everywhere, as after a lost laptop. */
export const endSessionsOf = (db: Db, viewer: Viewer) =>
  deleteSessionsOf(db, viewer.kind === "owner" ? null : viewer.id);
