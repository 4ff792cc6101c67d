import { and, count, eq, inArray, isNotNull, isNull, lt, notInArray, or } from "drizzle-orm";
import { CONTEXT_KINDS, type Identifier, type IdentifierKind } from "../../lib/identifier.js";
import type { Db } from "../client.js";
import { listEntries, orderIdentifiers, orderReviews, orders } from "../schema.js";
import { insertReviewEvent } from "./webhook-outbox.js";

/** The identifiers an order was stored with, but the context kinds, which tie it to no one. */
export async function readOrderIdentifiers(db: Db, siteId: string, orderId: string): Promise<Identifier[]> {
  const rows = await db
    .select({ kind: orderIdentifiers.kind, value: orderIdentifiers.value })
    .from(orderIdentifiers)
    .where(ownIdentifiers(siteId, orderId));
  return rows.map((r) => ({ kind: r.kind as IdentifierKind, value: r.value }));
}

/**
 * The values of an order's identifiers that earlier orders of the same account carried, orders no
 * one labelled fraud: what the account's owner had used before this order.
 */
export async function readOwnersValues(db: Db, siteId: string, orderId: string): Promise<Set<string>> {
  const mine = db
    .select({
      kind: orderIdentifiers.kind,
      value: orderIdentifiers.value,
      customerKey: orderIdentifiers.customerKey,
      placedAt: orderIdentifiers.placedAt,
    })
    .from(orderIdentifiers)
    .where(ownIdentifiers(siteId, orderId))
    .as("mine");
  const rows = await db
    .selectDistinct({ value: mine.value })
    .from(mine)
    .innerJoin(
      orderIdentifiers,
      and(
        eq(orderIdentifiers.siteId, siteId),
        eq(orderIdentifiers.kind, mine.kind),
        eq(orderIdentifiers.value, mine.value),
        eq(orderIdentifiers.customerKey, mine.customerKey),
        lt(orderIdentifiers.placedAt, mine.placedAt),
      ),
    )
    .innerJoin(orders, and(eq(orders.siteId, siteId), eq(orders.orderId, orderIdentifiers.orderId)))
    .where(or(isNull(orders.label), eq(orders.label, "legit")));
  return new Set(rows.map((r) => r.value));
}

// A context kind's value is shared by every buyer of a category: matching on it would walk them all.
const ownIdentifiers = (siteId: string, orderId: string) =>
  and(
    eq(orderIdentifiers.siteId, siteId),
    eq(orderIdentifiers.orderId, orderId),
    notInArray(orderIdentifiers.kind, CONTEXT_KINDS),
  );

/** How many accounts a hardware id was seen on, counting no further than `cap` (a bounded read). */
export async function countHardwareAccounts(db: Db, siteId: string, hardware: string, cap: number): Promise<number> {
  const seen = db
    .selectDistinct({ customerKey: orderIdentifiers.customerKey })
    .from(orderIdentifiers)
    .where(
      and(
        eq(orderIdentifiers.siteId, siteId),
        eq(orderIdentifiers.kind, "hardware"),
        eq(orderIdentifiers.value, hardware),
        isNotNull(orderIdentifiers.customerKey),
      ),
    )
    .limit(cap)
    .as("seen");
  const [row] = await db.select({ n: count() }).from(seen);
  return row?.n ?? 0;
}

export interface LabelWrite {
  siteId: string;
  orderId: string;
  label: string;
  note: string | null;
  /** Who decided, if the caller said; kept with the decision in the order's review history. */
  reviewer: string | null;
  at: Date;
  /** Takes the order out of its ring (a person said it is legit). */
  leaveRing: boolean;
  /** Values whose entries this order put on the lists are replaced by `entries`. */
  values: string[];
  entries: Array<Identifier & { list: "deny" | "allow" }>;
  /** Also takes these values off the negative list where the feedback of other orders put them. */
  clearDenied: boolean;
}

/**
 * A label, its line in the review history and the list entries it brings, in one transaction. Entries made by hand stay as the
 * merchant left them: only those that feedback made (`manual` false) are replaced or cleared.
 */
export async function writeLabel(db: Db, write: LabelWrite): Promise<void> {
  const { siteId, orderId } = write;
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t
      .update(orders)
      .set({
        label: write.label,
        labelNote: write.note,
        labeledAt: write.at,
        labelReviewer: write.reviewer,
        ...(write.leaveRing && { ringId: null }),
      })
      .where(and(eq(orders.siteId, siteId), eq(orders.orderId, orderId)));
    await t.insert(orderReviews).values({
      siteId,
      orderId,
      label: write.label,
      note: write.note,
      reviewer: write.reviewer,
      at: write.at,
    });
    await insertReviewEvent(t, siteId, orderId, { label: write.label, reviewer: write.reviewer, at: write.at });
    if (write.values.length === 0) return;
    await t
      .delete(listEntries)
      .where(
        and(
          eq(listEntries.siteId, siteId),
          eq(listEntries.sourceOrderId, orderId),
          eq(listEntries.manual, false),
          inArray(listEntries.value, write.values),
        ),
      );
    if (write.entries.length === 0) return;
    await t
      .insert(listEntries)
      .values(
        write.entries.map((e) => ({
          siteId,
          list: e.list,
          kind: e.kind,
          value: e.value,
          label: write.label,
          sourceOrderId: orderId,
          note: write.note,
        })),
      )
      .onConflictDoNothing();
    if (write.clearDenied) {
      await t
        .delete(listEntries)
        .where(
          and(
            eq(listEntries.siteId, siteId),
            eq(listEntries.list, "deny"),
            eq(listEntries.manual, false),
            inArray(listEntries.value, write.values),
          ),
        );
    }
  });
}
