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
  // Insert, else update: two statements rather than one upsert that tells them apart by xmax,
  // which a partitioned or sharded table cannot return (docs/scaling.md).
  for (let attempt = 0; attempt < 3; attempt++) {
    const [inserted] = await db
      .insert(webhookEndpoints)
      .values({
        siteId: input.siteId,
        url: input.url,
        events: input.events,
        secret: input.sealedSecret,
        createdAt: input.now,
        updatedAt: input.now,
      })
      .onConflictDoNothing()
      .returning();
    if (inserted) return { created: true, row: inserted };
    const [updated] = await db
      .update(webhookEndpoints)
      .set({ url: input.url, events: input.events, updatedAt: input.now })
      .where(eq(webhookEndpoints.siteId, input.siteId))
      .returning();
    if (updated) return { created: false, row: updated };
    // Deleted between the two: insert again.
  }
  throw new Error("the webhook endpoint kept changing while it was set");
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
