import type { FeedbackRequest } from "@shinsa/shared";
import type { Db } from "../db/client.js";
import {
  countHardwareAccounts,
  readOrderIdentifiers,
  readOwnersValues,
  writeLabel,
} from "../db/queries/order-label.js";
import { readOrder } from "../db/queries/stored-orders.js";
import { notFound } from "../lib/api-error.js";
import { labelEntries } from "../scoring/label-entries.js";
import { getSiteSettings } from "../sites/scoring-settings.js";

/**
 * A reviewer's label. Fraud labels put the order's strong identifiers on the site's negative list
 * (scoring/label-entries.ts says which), so every later order linked to them scores higher; `legit` takes them off, puts the person's own
 * identifiers on the allow list and takes the order out of its ring. Every label is kept in the
 * order's review history, with who gave it; the order carries the latest.
 */
export async function recordFeedback(db: Db, siteId: string, orderId: string, feedback: FeedbackRequest, now: Date) {
  const order = await readOrder(db, siteId, orderId);
  if (!order) throw notFound("order");
  // Scored as a takeover: the account's owner is the victim, and what they used before stays off the list.
  const suspected = order.reasons.some((r) => r.code === "account_takeover");
  const [identifiers, ownersValues] = await Promise.all([
    readOrderIdentifiers(db, siteId, orderId),
    suspected ? readOwnersValues(db, siteId, orderId) : new Set<string>(),
  ]);
  // A popular model's hardware is seen on as many accounts as a hub: no verdict on anyone.
  const { hubAccounts } = await getSiteSettings(db, siteId);
  const hardware = identifiers.find((i) => i.kind === "hardware");
  const commonHardware = hardware
    ? (await countHardwareAccounts(db, siteId, hardware.value, hubAccounts)) >= hubAccounts
    : false;
  const legit = feedback.label === "legit";
  const { values, entries } = labelEntries(feedback.label, identifiers, { suspected, ownersValues }, commonHardware);
  await writeLabel(db, {
    siteId,
    orderId,
    label: feedback.label,
    note: feedback.note ?? null,
    reviewer: feedback.reviewer ?? null,
    at: now,
    leaveRing: legit,
    values,
    entries,
    clearDenied: legit,
  });
  return { orderId, label: feedback.label };
}
