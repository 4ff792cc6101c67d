import type { FeedbackRequest } from "@shinsa/shared";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { listEntries, orderIdentifiers, orders } from "../db/schema.js";
import { notFound } from "../lib/api-error.js";
import { type IdentifierKind, isStrong } from "./identifiers.js";

// What identifies the person behind a legit order: clearing these stops false links through
// them. Addresses and devices are left out: a legit buyer may share them with a ring.
const PERSONAL: IdentifierKind[] = ["account", "email", "card", "phone"];

/**
 * A reviewer's label. Fraud labels put the order's strong identifiers on the site's negative list,
 * so every later order linked to them scores higher; `legit` takes them off, puts the person's own
 * identifiers on the allow list and takes the order out of its ring.
 */
export async function recordFeedback(db: Db, siteId: string, orderId: string, feedback: FeedbackRequest, now: Date) {
  const [order] = await db
    .select({ orderId: orders.orderId })
    .from(orders)
    .where(and(eq(orders.siteId, siteId), eq(orders.orderId, orderId)))
    .limit(1);
  if (!order) throw notFound("order");
  const identifiers = await db
    .select({ kind: orderIdentifiers.kind, value: orderIdentifiers.value })
    .from(orderIdentifiers)
    .where(and(eq(orderIdentifiers.siteId, siteId), eq(orderIdentifiers.orderId, orderId)));
  // Only strong identifiers: a device fingerprint is shared by identical phones, so it is no verdict alone.
  const strong = identifiers.filter((i) => isStrong(i.kind as IdentifierKind));

  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const legit = feedback.label === "legit";
    await t
      .update(orders)
      .set({ label: feedback.label, labelNote: feedback.note ?? null, labeledAt: now, ...(legit && { ringId: null }) })
      .where(and(eq(orders.siteId, siteId), eq(orders.orderId, orderId)));
    if (strong.length === 0) return;
    const values = strong.map((i) => i.value);
    // Entries this order put there; lists made by hand stay as the merchant left them.
    await t
      .delete(listEntries)
      .where(
        and(
          eq(listEntries.siteId, siteId),
          eq(listEntries.sourceOrderId, orderId),
          eq(listEntries.manual, false),
          inArray(listEntries.value, values),
        ),
      );
    const entries = legit ? strong.filter((i) => PERSONAL.includes(i.kind as IdentifierKind)) : strong;
    if (entries.length === 0) return;
    await t
      .insert(listEntries)
      .values(
        entries.map((i) => ({
          siteId,
          list: legit ? "allow" : "deny",
          kind: i.kind,
          value: i.value,
          label: feedback.label,
          sourceOrderId: orderId,
          note: feedback.note ?? null,
        })),
      )
      .onConflictDoNothing();
    if (legit) {
      await t
        .delete(listEntries)
        .where(
          and(
            eq(listEntries.siteId, siteId),
            eq(listEntries.list, "deny"),
            eq(listEntries.manual, false),
            inArray(listEntries.value, values),
          ),
        );
    }
  });
  return { orderId, label: feedback.label };
}
