import type { Db } from "../db/client.js";
import { countRingAccounts, readRingOrders, readSharedIdentifiers } from "../db/queries/ring-orders.js";
import { notFound } from "../lib/api-error.js";

const MAX_ORDERS = 500;

/** A ring: its orders, how many accounts, and the identifiers that join them (as kinds and hashes). */
export async function getRing(db: Db, siteId: string, ringId: string) {
  const rows = await readRingOrders(db, siteId, ringId, MAX_ORDERS);
  if (rows.length === 0) throw notFound("ring");
  const shared = await readSharedIdentifiers(
    db,
    siteId,
    rows.map((r) => r.orderId),
  );
  return {
    ringId,
    orders: rows.map((r) => ({ ...r, customerKey: undefined, placedAt: r.placedAt.toISOString() })),
    accounts: await countRingAccounts(db, siteId, ringId),
    identifiers: shared.map((s) => ({ kind: s.kind, value: s.value.slice(0, 12), orders: Number(s.orders) })),
  };
}
