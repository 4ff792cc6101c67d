import type { OrderRequest } from "@shinsa/shared";
import type { CsvRecord } from "./csv.js";

/**
 * Header names as people spell them: full-width letters and brackets folded (NFKC), case, spaces,
 * `_`, `-` and `・` ignored, so `Order ID`, `order_id` and `ｏｒｄｅｒＩＤ` are one name.
 */
export const normalizeHeader = (name: string) =>
  name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-・]/g, "");

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/** A header with any Japanese name in it gets its answer columns in Japanese. */
export const isJapaneseHeader = (header: readonly string[]) => header.some((name) => JAPANESE.test(name));

/** Finds columns by name while keeping every column by position: a name may appear twice (EC-CUBE's 送料). */
export function columnIndex(header: readonly string[]) {
  const positions = new Map<string, number[]>();
  header.forEach((name, i) => {
    const key = normalizeHeader(name);
    positions.set(key, [...(positions.get(key) ?? []), i]);
  });
  return (name: string, occurrence = 0): number | undefined => positions.get(normalizeHeader(name))?.[occurrence];
}

/** How one file layout turns its rows into orders. */
export interface OrderFormat {
  name: "shinsa" | "ec-cube";
  /** The header of the order id column as the file spells it, for error messages. */
  orderIdColumn: string;
  /** The order id of a row, "" when the row has none. Rows with one id are one order. */
  orderIdOf(cells: readonly string[]): string;
  /** The order of a group of rows, or every reason it cannot be read. */
  toOrder(records: readonly CsvRecord[]): OrderRead;
  /** When the order arrived (ms), for formats whose files are not in arrival order. */
  arrivalOf?(records: readonly CsvRecord[]): number | undefined;
}

export type OrderRead = { ok: true; order: OrderRequest } | { ok: false; errors: string[] };
