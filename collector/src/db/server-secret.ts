import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "./client.js";
import { serverSecrets } from "./schema.js";

/**
 * The HMAC key of stored identifiers: SHINSA_SECRET when the operator sets one (several
 * collectors on one database must share it), else one made at first start and kept in the
 * database. Losing it unlinks every stored order from every new one.
 */
export async function loadServerSecret(db: Db, fromEnv: string | undefined): Promise<string> {
  if (fromEnv) return fromEnv;
  const fresh = randomBytes(32).toString("base64url");
  await db.insert(serverSecrets).values({ name: "identifier_hmac", value: fresh }).onConflictDoNothing();
  const [row] = await db.select().from(serverSecrets).where(eq(serverSecrets.name, "identifier_hmac")).limit(1);
  if (!row) throw new Error("could not store the server secret");
  return row.value;
}
