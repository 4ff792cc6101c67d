import { finishOrder, setPath } from "./build-order.js";
import type { CsvRecord } from "./csv.js";
import type { OrderFormat } from "./header.js";
import { paymentMethodOf } from "./payment-method.js";
import { shinsaPathOfHeader } from "./shinsa-columns.js";
import { type Read, readInteger, readTimeJst } from "./values.js";

const INTEGER = /^(amount|items\.\d+\.(quantity|unitPrice))$/;
const TIME = /^(createdAt|customer\.createdAt)$/;

function readCell(path: string, column: string, text: string): Read<unknown> {
  if (INTEGER.test(path)) return readInteger(column, text);
  if (TIME.test(path)) return readTimeJst(column, text);
  if (path === "payment.method") return { ok: true, value: paymentMethodOf(text) };
  if (path === "currency" || /^(billing|shipping)\.country$/.test(path)) return { ok: true, value: text.toUpperCase() };
  return { ok: true, value: text };
}

/**
 * One order a row (the API's documented layout). Rows that repeat an orderId add their items to
 * the first row's order, so a one-row-per-item export also works; the first non-empty cell wins.
 */
export function shinsaFormat(header: readonly string[]): OrderFormat | undefined {
  const paths = header.map(shinsaPathOfHeader);
  const idColumn = paths.indexOf("orderId");
  if (idColumn < 0) return undefined;
  return {
    name: "shinsa",
    orderIdColumn: header[idColumn] ?? "orderId",
    orderIdOf: (cells) => cells[idColumn]?.trim() ?? "",
    toOrder(records) {
      const draft: Record<string, unknown> = {};
      const seen = new Set<string>();
      const errors: string[] = [];
      let itemBase = 0;
      for (const record of records) {
        let itemCount = 0;
        record.cells.forEach((raw, i) => {
          const text = raw.trim();
          let path = paths[i];
          if (!path || text === "") return;
          const item = /^items\.(\d+)\./.exec(path);
          if (item) {
            itemCount = Math.max(itemCount, Number(item[1]) + 1);
            path = path.replace(/^items\.\d+/, `items.${itemBase + Number(item[1])}`);
          }
          if (seen.has(path)) return;
          const read = readCell(path, header[i] ?? path, text);
          if (!read.ok) errors.push(lineError(record, read.error));
          else if (read.value !== undefined) setPath(draft, path, read.value);
          seen.add(path);
        });
        itemBase += itemCount;
      }
      return finishOrder(draft, errors);
    },
  };
}

export const lineError = (record: CsvRecord, message: string) => `line ${record.line}: ${message}`;
