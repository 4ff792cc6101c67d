import type { CsvRecord } from "./csv.js";
import { isBlank } from "./csv.js";
import type { OrderFormat } from "./header.js";

export interface OrderGroup {
  orderId: string;
  /** Indexes into the file's data records (header excluded), in file order. */
  rows: number[];
}

export interface Grouped {
  groups: OrderGroup[];
  /** Rows with no order id: they cannot be scored, but they stay in the answer with an error. */
  missingId: number[];
}

/**
 * Rows → orders, by order id, wherever the rows sit in the file. Groups come in the order they
 * should be scored: by arrival time when the format knows it (EC-CUBE exports newest first, and a
 * later order must be scored after the earlier ones it may link to), else in file order.
 */
export function groupOrders(rows: readonly CsvRecord[], format: OrderFormat): Grouped {
  const byId = new Map<string, OrderGroup>();
  const missingId: number[] = [];
  rows.forEach((record, i) => {
    if (isBlank(record)) return;
    const orderId = format.orderIdOf(record.cells);
    const group = byId.get(orderId);
    if (orderId === "") missingId.push(i);
    else if (group) group.rows.push(i);
    else byId.set(orderId, { orderId, rows: [i] });
  });
  const groups = [...byId.values()];
  if (!format.arrivalOf) return { groups, missingId };
  const arrival = groups.map((g) => format.arrivalOf?.(g.rows.map((i) => rows[i] as CsvRecord)));
  // Orders without a readable date keep their file order, after the dated ones.
  const order = groups.map((_, i) => i);
  order.sort((a, b) => (arrival[a] ?? Number.POSITIVE_INFINITY) - (arrival[b] ?? Number.POSITIVE_INFINITY) || a - b);
  return { groups: order.map((i) => groups[i] as OrderGroup), missingId };
}
