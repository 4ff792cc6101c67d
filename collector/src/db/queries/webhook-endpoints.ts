import { eq, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { webhookEndpoints } from "../schema.js";

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;

export async function readEndpoint(db: Db, siteId: string): Promise<WebhookEndpointRow | undefined> {
  const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.siteId, siteId));
  return row;
}

/**
 * Sets the site's endpoint. A new endpoint takes `sealedSecret`; an existing one keeps its own, so
 * changing the URL or the events does not break the receiver's check. True when it was created.
 */
export async function upsertEndpoint(
  db: Db,
  input: { siteId: string; url: string; events: string[]; sealedSecret: string; now: Date },
): Promise<{ created: boolean; row: WebhookEndpointRow }> {
  const [row] = await db
    .insert(webhookEndpoints)
    .values({
      siteId: input.siteId,
      url: input.url,
      events: input.events,
      secret: input.sealedSecret,
      createdAt: input.now,
      updatedAt: input.now,
    })
    .onConflictDoUpdate({
      target: webhookEndpoints.siteId,
      set: { url: input.url, events: input.events, updatedAt: input.now },
    })
    // xmax is 0 on a row this statement inserted, not on one it updated.
    .returning({ ...fields(), created: sql<boolean>`(xmax = 0)` });
  if (!row) throw new Error("webhook endpoint upsert returned no row");
  const { created, ...rest } = row;
  return { created: Boolean(created), row: rest };
}

/** A new signing secret; the old one keeps signing beside it until `previousUntil`. */
export async function rotateEndpointSecret(
  db: Db,
  input: { siteId: string; sealedSecret: string; previousUntil: Date; now: Date },
): Promise<WebhookEndpointRow | undefined> {
  const [row] = await db
    .update(webhookEndpoints)
    .set({
      previousSecret: sql`${webhookEndpoints.secret}`,
      previousUntil: input.previousUntil,
      secret: input.sealedSecret,
      updatedAt: input.now,
    })
    .where(eq(webhookEndpoints.siteId, input.siteId))
    .returning();
  return row;
}

export async function deleteEndpoint(db: Db, siteId: string): Promise<boolean> {
  const rows = await db
    .delete(webhookEndpoints)
    .where(eq(webhookEndpoints.siteId, siteId))
    .returning({ siteId: webhookEndpoints.siteId });
  return rows.length > 0;
}

function fields() {
  const { siteId, url, events, secret, previousSecret, previousUntil, createdAt, updatedAt } = webhookEndpoints;
  return { siteId, url, events, secret, previousSecret, previousUntil, createdAt, updatedAt };
}
