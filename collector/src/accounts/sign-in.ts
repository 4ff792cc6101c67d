import { createHash } from "node:crypto";
import type { Db } from "../db/client.js";
import { addSignInFailure, clearSignInFailures, readSignInFailures } from "../db/queries/console-sessions.js";
import { readConsoleUserByEmail } from "../db/queries/console-users.js";
import { ApiError } from "../lib/api-error.js";
import { secretsEqual } from "../lib/keys.js";
import { DECOY_HASH, verifyPassword } from "./passwords.js";
import { startSession } from "./sessions.js";

/** Misses allowed before waiting starts; then each miss doubles the wait, up to a quarter hour. */
export const FREE_FAILURES = 5;
const MAX_WAIT_S = 15 * 60;
/** A run of failures is forgotten after a quiet day. */
const FORGET_AFTER_MS = 24 * 3_600_000;

export class SignInThrottled extends ApiError {
  constructor(readonly retryAfterS: number) {
    super(429, "too_many_attempts", `too many failed sign-ins; try again in ${retryAfterS} s`);
  }
}

export interface SignInDeps {
  db: Db;
  adminToken: string;
  now: Date;
}

export type SignInRequest = { kind: "owner"; token: string } | { kind: "user"; email: string; password: string };

/**
 * Checks a sign-in and starts a session. Failures are counted per account and address together (a
 * person mistyping is not locked out by an attacker elsewhere) and per account alone with a
 * larger allowance (guesses spread over many addresses still slow down). The key is a hash: the
 * table holds no email address.
 */
export async function signIn(deps: SignInDeps, request: SignInRequest, ip: string) {
  const who = request.kind === "owner" ? "owner" : request.email.trim().toLowerCase();
  const keys = [throttleKey(`${who}|${ip}`), throttleKey(who)];
  await refuseWhileThrottled(deps, keys);
  const userId = await check(deps.db, deps.adminToken, request);
  if (userId === undefined) {
    const forgetBefore = new Date(deps.now.getTime() - FORGET_AFTER_MS);
    for (const key of keys) await addSignInFailure(deps.db, key, deps.now, forgetBefore);
    return null;
  }
  await clearSignInFailures(deps.db, keys);
  return startSession(deps.db, userId, deps.now);
}

/** The user's id, null for the owner, undefined for a failure. */
async function check(db: Db, adminToken: string, request: SignInRequest): Promise<string | null | undefined> {
  if (request.kind === "owner") return secretsEqual(request.token, adminToken) ? null : undefined;
  const user = await readConsoleUserByEmail(db, request.email.trim().toLowerCase());
  const ok = await verifyPassword(request.password, user?.passwordHash ?? DECOY_HASH);
  return ok && user && !user.disabledAt ? user.id : undefined;
}

async function refuseWhileThrottled(deps: SignInDeps, keys: string[]) {
  const allowances = [FREE_FAILURES, FREE_FAILURES * 4];
  for (const [i, key] of keys.entries()) {
    const row = await readSignInFailures(deps.db, key);
    const wait = row ? waitSeconds(row.failures, allowances[i] ?? FREE_FAILURES) : 0;
    if (!row || wait === 0) continue;
    const left = Math.ceil((row.lastAt.getTime() + wait * 1000 - deps.now.getTime()) / 1000);
    if (left > 0) throw new SignInThrottled(left);
  }
}

/** 0 while under the allowance, then 1 s, 2 s, 4 s … up to MAX_WAIT_S. */
export function waitSeconds(failures: number, allowance: number): number {
  if (failures < allowance) return 0;
  return Math.min(MAX_WAIT_S, 2 ** (failures - allowance));
}

const throttleKey = (text: string) => createHash("sha256").update(`console-sign-in|${text}`).digest("hex");
