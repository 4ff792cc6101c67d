import type { CsvRecord } from "./csv.js";
import { lineError } from "./shinsa-format.js";

/**
 * Why a row cannot be read as its header says, or null. A cell too many or too few is how an
 * unquoted comma or line break inside a value shows (RFC 4180 §2.4: every record has the header's
 * fields): the cells after it sit under the wrong columns, and half an address read as an amount,
 * or the second half of a row read as an order, must be reported rather than scored.
 */
export function brokenRowError(record: CsvRecord, headerWidth: number): string | null {
  if (record.unclosedQuote) {
    return lineError(record, "a quote opened on this line is never closed, so the rest of the file ran into one cell");
  }
  if (record.cells.length !== headerWidth) {
    return lineError(
      record,
      `${record.cells.length} cells where the header has ${headerWidth} (a comma or a line break inside a value must be quoted)`,
    );
  }
  return null;
}
