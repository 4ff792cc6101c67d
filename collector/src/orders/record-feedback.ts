import type { FeedbackRequest } from "@shinsa/shared";
import type { Db } from "../db/client.js";
import { readOrderIdentifiers, writeLabel } from "../db/queries/order-label.js";
import { orderExists } from "../db/queries/stored-orders.js";
import { notFound } from "../lib/api-error.js";
import { type IdentifierKind, isStrong } from "../lib/identifier.js";

// What identifies the person behind a legit order: clearing these stops false links through
// them. Addresses and devices are left out: a legit buyer may share them with a ring.
const PERSONAL: IdentifierKind[] = ["account", "email", "card", "phone"];

/**
 * A reviewer's label. Fraud labels put the order's strong identifiers on the site's negative list,
 * so every later order linked to them scores higher; `legit` takes them off, puts the person's own
 * identifiers on the allow list and takes the order out of its ring. Every label is kept in the
 * order's review history, with who gave it; the order carries the latest.
 */
export async function recordFeedback(db: Db, siteId: string, orderId: string, feedback: FeedbackRequest, now: Date) {
  if (!(await orderExists(db, siteId, orderId))) throw notFound("order");
  // Only strong identifiers: a device fingerprint is shared by identical phones, so it is no verdict alone.
  const strong = (await readOrderIdentifiers(db, siteId, orderId)).filter((i) => isStrong(i.kind));
  const legit = feedback.label === "legit";
  const listed = legit ? strong.filter((i) => PERSONAL.includes(i.kind)) : strong;
  await writeLabel(db, {
    siteId,
    orderId,
    label: feedback.label,
    note: feedback.note ?? null,
    reviewer: feedback.reviewer ?? null,
    at: now,
    leaveRing: legit,
    values: strong.map((i) => i.value),
    entries: listed.map((i) => ({ ...i, list: legit ? "allow" : "deny" })),
    clearDenied: legit,
  });
  return { orderId, label: feedback.label };
}
