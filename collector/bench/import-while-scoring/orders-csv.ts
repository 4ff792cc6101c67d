import type { OrderRequest } from "@shinsa/shared";

// Orders written as a shop would export them in our own CSV layout: one row an order, a column a
// JSON path of the order (`billing.name`, `items.0.sku`), so the import reads back what the API
// would have been sent.

function leaves(value: unknown, path: string, out: Map<string, string>) {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) leaves(v, `${path}.${i}`, out);
  } else if (typeof value === "object") {
    for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, out);
  } else out.set(path, String(value));
}

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

export function ordersToCsv(orders: readonly OrderRequest[]): string {
  const rows = orders.map((order) => {
    const cells = new Map<string, string>();
    leaves(order, "", cells);
    return cells;
  });
  const columns = [...new Set(rows.flatMap((r) => [...r.keys()]))];
  // orderId first, as a person reading the file expects.
  columns.sort((a, b) => (a === "orderId" ? -1 : b === "orderId" ? 1 : 0));
  const lines = [columns.join(",")];
  for (const row of rows) lines.push(columns.map((c) => quote(row.get(c) ?? "")).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
