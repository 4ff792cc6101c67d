import { parseCsv } from "../csv/csv.js";
import { decodeText } from "../csv/encoding.js";
import type { ImportResult } from "../csv/import-csv.js";

/**
 * The first rows of an import's answer as a table a page can show: the file's own header and
 * cells with the score, decision, reasons, ring and error columns the import appended.
 */
export function importResultTable(result: Pick<ImportResult, "bytes" | "encoding">, maxRows = 200) {
  const { text } = decodeText(result.bytes, result.encoding);
  const [header, ...rows] = parseCsv(text).records.filter((r) => r.raw.trim() !== "");
  return {
    header: header?.cells ?? [],
    rows: rows.slice(0, maxRows).map((r) => ({ line: r.line, cells: r.cells })),
    more: Math.max(0, rows.length - maxRows),
  };
}
