import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { eq, sql } from "drizzle-orm";
import type { Db } from "./client.js";
import { orders, serverSecrets } from "./schema.js";

// The HMAC key of stored identifiers (emails, phones, addresses, cards … as keyed hashes). It lives
// outside the database — in the environment or in a file — because a key kept beside the hashes
// lets anyone holding a dump test a guessed email or phone against them.

export type SecretSource = "environment" | "file" | "moved" | "generated" | "memory";

export interface SecretOptions {
  /** SHINSA_SECRET. */
  fromEnv: string | undefined;
  /** SHINSA_SECRET_FILE, or `<data dir>/secret.key`; undefined for an in-memory database. */
  file: string | undefined;
}

export class SecretMissingError extends Error {}

const MIN_LENGTH = 32;

async function readKeyFile(file: string): Promise<string | undefined> {
  const text = await readFile(file, "utf8").catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") return undefined;
    throw new SecretMissingError(`cannot read the secret file ${file}: ${err.code ?? err.message}`);
  });
  if (text === undefined) return undefined;
  const key = text.trim();
  if (key.length < MIN_LENGTH) {
    throw new SecretMissingError(
      `the secret file ${file} holds ${key.length} characters; it needs at least ${MIN_LENGTH}`,
    );
  }
  return key;
}

/** Writes the key only if no file is there yet (two processes starting together keep one key). */
async function createKeyFile(file: string, key: string): Promise<string> {
  await mkdir(dirname(file), { recursive: true });
  try {
    await writeFile(file, `${key}\n`, { flag: "wx", mode: 0o600 });
    return key;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    return (await readKeyFile(file)) as string;
  }
}

/**
 * SHINSA_SECRET, else the key file. A database from before this version kept its key in the
 * table `server_secrets`: it is moved to the file and deleted from the table. With neither, a key
 * is made — unless the database already holds orders, whose hashes a new key would never match
 * again: then the collector refuses to start and says where the key was expected.
 */
export async function loadServerSecret(
  db: Db,
  options: SecretOptions,
): Promise<{ secret: string; source: SecretSource; file?: string }> {
  if (options.fromEnv) return { secret: options.fromEnv, source: "environment" };
  const { file } = options;
  if (file) {
    const stored = await readKeyFile(file);
    if (stored) return { secret: stored, source: "file", file };
  }
  const [old] = await db.select().from(serverSecrets).where(eq(serverSecrets.name, "identifier_hmac")).limit(1);
  if (!file) return { secret: old?.value ?? randomBytes(32).toString("base64url"), source: "memory" };
  if (old) {
    const secret = await createKeyFile(file, old.value);
    await db.delete(serverSecrets).where(eq(serverSecrets.name, "identifier_hmac"));
    return { secret, source: "moved", file };
  }
  const [{ stored } = { stored: 0 }] = await db.select({ stored: sql<number>`count(*)::int` }).from(orders).limit(1);
  if (stored > 0) {
    throw new SecretMissingError(
      `the database holds ${stored} orders hashed with a key that is not here: restore ${file}, ` +
        "or set SHINSA_SECRET (or SHINSA_SECRET_FILE) to the key they were stored with",
    );
  }
  const secret = await createKeyFile(file, randomBytes(32).toString("base64url"));
  return { secret, source: "generated", file };
}
