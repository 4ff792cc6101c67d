import { isFraudLabel } from "@shinsa/shared";
import type { Db } from "../db/client.js";
import { readIdentifierRows, readRingOrders } from "../db/queries/ring-orders.js";
import { notFound } from "../lib/api-error.js";

const MAX_ORDERS = 200;

/**
 * A ring as a reviewer reads it: its orders with their accounts, the identifiers more than one of
 * them share (only keyed hashes are stored, so an identifier is its kind and a short hash), a
 * timeline and totals.
 */
export async function getRingGraph(db: Db, siteId: string, ringId: string) {
  const rows = await readRingOrders(db, siteId, ringId, MAX_ORDERS);
  if (rows.length === 0) throw notFound("ring");
  const identifierRows = await readIdentifierRows(
    db,
    siteId,
    rows.map((r) => r.orderId),
  );
  const byValue = new Map<string, { kind: string; orders: string[] }>();
  for (const row of identifierRows) {
    const key = `${row.kind}:${row.value}`;
    const entry = byValue.get(key) ?? { kind: row.kind, orders: [] };
    entry.orders.push(row.orderId);
    byValue.set(key, entry);
  }
  const identifiers = [...byValue.entries()]
    .filter(([, v]) => v.orders.length > 1)
    .map(([key, v]) => ({ id: key.slice(v.kind.length + 1), kind: v.kind, orders: v.orders }))
    .sort((a, b) => b.orders.length - a.orders.length);
  const orders = rows
    .map((r) => ({
      orderId: r.orderId,
      placedAt: r.placedAt.toISOString(),
      score: r.score,
      decision: r.decision,
      label: r.label,
      amount: r.amount,
      account: r.customerKey ?? `order:${r.orderId}`,
    }))
    .sort((a, b) => a.placedAt.localeCompare(b.placedAt));
  return {
    ringId,
    orders,
    identifiers,
    totals: {
      orders: orders.length,
      accounts: new Set(orders.map((o) => o.account)).size,
      amount: orders.reduce((sum, o) => sum + (o.amount ?? 0), 0),
      labelledFraud: orders.filter((o) => isFraudLabel(o.label)).length,
      truncated: rows.length === MAX_ORDERS,
    },
  };
}
