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
  const [order, identifiers] = await Promise.all([
    readOrder(db, siteId, orderId),
    readOrderIdentifiers(db, siteId, orderId),
  ]);
  if (!order) throw notFound("order");
  const legit = feedback.label === "legit";
  // What a fraud label leaves off the negative list needs two more reads; `legit` lists neither.
  // Scored as a takeover: the account's owner is the victim, and what they used before stays off.
  const suspected = !legit && order.reasons.some((r) => r.code === "account_takeover");
  const hardware = identifiers.find((i) => i.kind === "hardware");
  const listsMachineArea = !legit && hardware !== undefined && identifiers.some((i) => i.kind === "machineArea");
  const [ownersValues, commonHardware] = await Promise.all([
    suspected ? readOwnersValues(db, siteId, orderId) : new Set<string>(),
    listsMachineArea && hardware ? isCommonHardware(db, siteId, hardware.value) : false,
  ]);
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

/** A popular model's hardware is seen on as many accounts as a hub: no verdict on anyone. */
async function isCommonHardware(db: Db, siteId: string, hardware: string): Promise<boolean> {
  const { hubAccounts } = await getSiteSettings(db, siteId);
  return (await countHardwareAccounts(db, siteId, hardware, hubAccounts)) >= hubAccounts;
}
