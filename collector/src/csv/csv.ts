// RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180), read leniently the way carts write it:
// LF or CRLF line ends, quotes only where needed, a stray quote inside an unquoted cell kept as text.

export interface CsvRecord {
  cells: string[];
  /** The record's source text without its line end, so an answer can repeat it untouched. */
  raw: string;
  /** 1-based line of the file where the record starts, for error messages. */
  line: number;
  /** A quote opened in this record was never closed: it ran to the end of the file. */
  unclosedQuote?: true;
}

export interface CsvTable {
  records: CsvRecord[];
  /** The file's own line end (the first one found), used again for the answer. */
  lineEnding: "\n" | "\r\n";
  endsWithNewline: boolean;
}

export function parseCsv(text: string): CsvTable {
  const parser = csvParser(text);
  parser.readTo(text.length);
  return parser.table();
}

/** Characters read between two yields: a few ms of parsing, so a checkout never waits on a file. */
const SLICE_CHARS = 256 * 1024;

/**
 * `parseCsv`, giving way to the event loop every SLICE_CHARS characters: a 15 MB export read in
 * one piece held every other request for 0.2-0.4 s.
 */
export async function parseCsvYielding(
  text: string,
  pause: () => Promise<void>,
  sliceChars = SLICE_CHARS,
): Promise<CsvTable> {
  const parser = csvParser(text);
  for (let limit = sliceChars; !parser.readTo(limit); limit += sliceChars) await pause();
  return parser.table();
}

/**
 * The parser's state kept between calls: `readTo(limit)` reads on until at least `limit`
 * characters are behind it (a quoted cell is read whole) and says whether the text is done.
 */
function csvParser(text: string) {
  const records: CsvRecord[] = [];
  let lineEnding: CsvTable["lineEnding"] | undefined;
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let start = 0;
  let line = 1;
  let startLine = 1;
  let i = 0;
  const endRecord = (end: number) => {
    cells.push(cell);
    records.push({ cells, raw: text.slice(start, end), line: startLine });
    cells = [];
    cell = "";
  };
  // Runs of ordinary characters are copied as one slice: char-by-char appends made parsing a 15 MB
  // export a 0.6 s stall of the whole server.
  const special = /[,\r\n"]/g;
  let ended = false;
  const readTo = (limit: number): boolean => {
    while (i < text.length && i < limit) {
      if (quoted) {
        const close = text.indexOf('"', i);
        const end = close < 0 ? text.length : close;
        const run = text.slice(i, end);
        cell += run;
        for (let n = run.indexOf("\n"); n >= 0; n = run.indexOf("\n", n + 1)) line++;
        i = end;
        if (close < 0) break;
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      special.lastIndex = i;
      const found = special.exec(text);
      const next = found ? found.index : text.length;
      if (next > i) {
        cell += text.slice(i, next);
        i = next;
        if (!found) break;
      }
      const ch = text[i] as string;
      if (ch === '"' && cell === "") quoted = true;
      else if (ch === ",") {
        cells.push(cell);
        cell = "";
      } else if (ch === "\n" || (ch === "\r" && text[i + 1] === "\n")) {
        const width = ch === "\r" ? 2 : 1;
        lineEnding ??= width === 2 ? "\r\n" : "\n";
        endRecord(i);
        i += width;
        line++;
        start = i;
        startLine = line;
        continue;
      } else cell += ch;
      i++;
    }
    // Every way out of the loop short of the limit (an unclosed quote, no special character left) leaves i at the end.
    return i >= text.length;
  };
  const table = (): CsvTable => {
    const endsWithNewline = start === text.length && text.length > 0;
    if (!ended) {
      ended = true;
      if (!endsWithNewline && text.length > 0) endRecord(text.length);
      const last = records.at(-1);
      if (quoted && last) last.unclosedQuote = true;
    }
    return { records, lineEnding: lineEnding ?? "\n", endsWithNewline };
  };
  return { readTo, table };
}

/** Quotes a cell only when it must be (RFC 4180 §2.6–2.7), as PHP's fputcsv and spreadsheets do. */
export function formatCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export const formatRow = (cells: readonly string[]) => cells.map(formatCell).join(",");

/** A record with nothing on its line: kept in the answer as it was, never read as an order. */
export const isBlank = (record: CsvRecord) => record.raw.trim() === "";
