import { randomBytes } from "node:crypto";
import type { Db } from "../db/client.js";
import { disableConsoleUser, insertConsoleUser, readConsoleUsers } from "../db/queries/console-users.js";
import { ApiError, notFound } from "../lib/api-error.js";
import { hashPassword } from "./passwords.js";
import { endSessionsOf } from "./sessions.js";
import { CONSOLE_ROLES, type ConsoleRole } from "./viewer.js";

/** NIST SP 800-63B asks for at least 8; a console that can reject orders asks for a passphrase. */
export const MIN_PASSWORD_LENGTH = 12;

export interface NewConsoleUser {
  email: string;
  name: string;
  password: string;
  role: string;
  sites: string[];
}

export async function createConsoleUser(db: Db, input: NewConsoleUser, knownSites: string[]) {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new ApiError(400, "invalid_email", "email: not an address");
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw new ApiError(400, "weak_password", `password: at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (!CONSOLE_ROLES.includes(input.role as ConsoleRole)) {
    throw new ApiError(400, "invalid_role", `role: one of ${CONSOLE_ROLES.join(", ")}`);
  }
  const unknown = input.sites.filter((s) => !knownSites.includes(s));
  if (unknown.length > 0) throw new ApiError(400, "unknown_site", `sites: no site ${unknown.join(", ")}`);
  if (input.role === "analyst" && input.sites.length === 0) {
    throw new ApiError(400, "no_sites", "sites: an analyst needs at least one site");
  }
  const id = `usr_${randomBytes(9).toString("base64url")}`;
  const created = await insertConsoleUser(db, {
    id,
    email,
    name: input.name.trim() || email,
    passwordHash: await hashPassword(input.password),
    role: input.role,
    sites: input.sites,
  });
  if (!created) throw new ApiError(409, "email_taken", "email: a user with this address exists");
  return { id, email };
}

export const listConsoleUsers = (db: Db) => readConsoleUsers(db);

/** Disabled users cannot sign in, and their open sessions end now. */
export async function disableUser(db: Db, id: string, now: Date) {
  if (!(await disableConsoleUser(db, id, now))) throw notFound("user");
  await endSessionsOf(db, { kind: "user", id, email: "", name: "", role: "analyst", sites: [] });
}
