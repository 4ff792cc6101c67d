import { ANSWER_COLUMNS, answerCells, answerLine } from "./answer.js";
import { type CsvRecord, isBlank, parseCsv } from "./csv.js";
import { type CsvEncoding, decodeText, encodeText } from "./encoding.js";
import { detectFormat } from "./formats.js";
import { groupOrders } from "./group-orders.js";
import { isJapaneseHeader } from "./header.js";

// The import route answers a whole file at once, so a client that wants to show progress (the
// CLI) posts a big file in pieces of whole orders: the header repeated on each, an EC-CUBE order's
// line rows never split, pieces in scoring order (EC-CUBE oldest first) so links still form
// across pieces. The answers are put back in the rows' original places.

export interface ChunkPlan {
  encoding: CsvEncoding;
  header: CsvRecord;
  rows: CsvRecord[];
  lineEnding: "\n" | "\r\n";
  endsWithNewline: boolean;
  chunks: Array<{ rows: number[]; text: string }>;
  /** Non-blank data rows, for a progress bar. */
  total: number;
  /** Each data row's order id ("" when it has none or the layout is unknown). */
  orderIds: string[];
}

export function planChunks(bytes: Uint8Array, ordersPerChunk: number): ChunkPlan {
  const { text, encoding } = decodeText(bytes);
  const table = parseCsv(text);
  const [header, ...rows] = table.records;
  if (!header) throw new Error("the file is empty; the first line must name the columns");
  const format = detectFormat(header.cells);
  const dataRows = rows.flatMap((r, i) => (isBlank(r) ? [] : [i]));
  // A file we cannot group goes in one piece: the server's answer says what is wrong with it.
  const pieces: number[][] = [];
  if (!format) pieces.push(dataRows);
  else {
    const { groups, missingId } = groupOrders(rows, format);
    for (let i = 0; i < groups.length; i += ordersPerChunk) {
      pieces.push(groups.slice(i, i + ordersPerChunk).flatMap((g) => g.rows));
    }
    if (missingId.length) pieces[0] = [...(pieces[0] ?? []), ...missingId];
  }
  const { lineEnding } = table;
  const chunks = pieces.map((piece) => {
    const sorted = [...piece].sort((a, b) => a - b);
    const lines = [header.raw, ...sorted.map((i) => (rows[i] as CsvRecord).raw)];
    return { rows: sorted, text: lines.join(lineEnding) + lineEnding };
  });
  return {
    encoding,
    header,
    rows,
    lineEnding,
    endsWithNewline: table.endsWithNewline,
    chunks,
    total: dataRows.length,
    orderIds: rows.map((r) => format?.orderIdOf(r.cells) ?? ""),
  };
}

/**
 * The whole answer from the pieces' answers. A piece without one (the run stopped) keeps its rows
 * with `error` saying why, so what was scored is never lost with what was not.
 */
export function joinAnswers(
  plan: ChunkPlan,
  answers: Array<string | undefined>,
  unansweredError: string,
  rings: ReadonlyMap<string, string> = new Map(),
): Uint8Array {
  const width = plan.header.cells.length;
  const lines = new Map<number, string>();
  plan.chunks.forEach((chunk, c) => {
    const answer = answers[c];
    const answered = answer === undefined ? [] : parseCsv(answer).records.slice(1);
    // Errors name lines of the piece the server saw; the shop needs the lines of its own file.
    const sent = parseCsv(chunk.text).records.slice(1);
    const fileLine = new Map(sent.map((r, k) => [r.line, plan.rows[chunk.rows[k] as number]?.line]));
    chunk.rows.forEach((i, k) => {
      const record = plan.rows[i] as CsvRecord;
      const ours = answered[k]?.cells.slice(-ANSWER_WIDTH);
      const cells = ours?.length === ANSWER_WIDTH ? ours : answerCells({ error: unansweredError });
      const error = (cells[ANSWER_WIDTH - 1] ?? "").replace(/\bline (\d+):/g, (m, n) =>
        fileLine.has(Number(n)) ? `line ${fileLine.get(Number(n))}:` : m,
      );
      // A piece's answer knows rings only as of that piece; `rings` holds what is known at the end.
      const ring = error === "" ? (rings.get(plan.orderIds[i] ?? "") ?? cells[3]) : cells[3];
      lines.set(i, answerLine(record.raw, record.cells.length, width, [...cells.slice(0, 3), ring ?? "", error]));
    });
  });
  const names = ANSWER_COLUMNS[isJapaneseHeader(plan.header.cells) ? "ja" : "en"];
  const out = [answerLine(plan.header.raw, width, width, names), ...plan.rows.map((r, i) => lines.get(i) ?? r.raw)];
  return encodeText(out.join(plan.lineEnding) + (plan.endsWithNewline ? plan.lineEnding : ""), plan.encoding);
}

const ANSWER_WIDTH = ANSWER_COLUMNS.en.length;

/** The rings named anywhere in the pieces' answers, to ask the server which orders they hold now. */
export const ringIdsIn = (answers: readonly string[]) => [
  ...new Set(
    answers.flatMap((answer) =>
      parseCsv(answer)
        .records.slice(1)
        .map((r) => r.cells.at(-2) ?? "")
        .filter((ring) => ring !== ""),
    ),
  ),
];
