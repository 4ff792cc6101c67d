import type { OrderRequest, OrderResponse } from "@shinsa/shared";
import { ApiError } from "../lib/api-error.js";
import { yieldToIo } from "../lib/yield-to-io.js";
import { ANSWER_COLUMNS, answerCells, answerLine, type RowAnswer } from "./answer.js";
import { brokenRowError } from "./broken-row.js";
import { type CsvRecord, isBlank, parseCsvYielding } from "./csv.js";
import { CsvImportError } from "./csv-import-error.js";
import { type CsvEncoding, contentTypeFor, decodeTextYielding, encodeText } from "./encoding.js";
import { detectFormat } from "./formats.js";
import { groupOrders } from "./group-orders.js";
import { isJapaneseHeader } from "./header.js";

export type ScoreFn = (order: OrderRequest) => Promise<OrderResponse>;
export type ProgressFn = (progress: { done: number; total: number }) => void;
/** The rings the given orders belong to now: an order joins a ring when a later order links to it. */
/** The answers stored now for the given orders: rings and re-scores that later orders brought. */
export type LatestAnswersFn = (orderIds: string[]) => Promise<Map<string, OrderResponse>>;

export interface ImportResult {
  bytes: Uint8Array;
  encoding: CsvEncoding;
  contentType: string;
  format: "shinsa" | "ec-cube";
  /** Data rows (blank lines aside), orders among them, and rows that carry an error. */
  rows: number;
  orders: number;
  errors: number;
}

export { CsvImportError } from "./csv-import-error.js";

/**
 * A cart export in, the same file out with each order's score appended to its rows. Orders are
 * scored one at a time, in arrival order, because scoring links an order to the ones stored
 * before it. No row is ever dropped: one that cannot be read or scored carries its error instead.
 */
export async function importCsv(
  bytes: Uint8Array,
  score: ScoreFn,
  onProgress?: ProgressFn,
  options: { encoding?: CsvEncoding; latest?: LatestAnswersFn; onFailure?: (err: unknown) => void } = {},
): Promise<ImportResult> {
  // Decoding and parsing give way as they go, as the scoring loop below does between orders: a
  // checkout arriving while a 15 MB file is read must not wait for the whole file.
  const { text, encoding } = await decodeTextYielding(bytes, options.encoding, yieldToIo);
  const table = await parseCsvYielding(text, yieldToIo);
  const [header, ...rows] = table.records;
  if (!header || isBlank(header)) {
    throw new CsvImportError("empty_csv", "the file has no header row; the first line must name the columns");
  }
  const format = detectFormat(header.cells);
  if (!format) {
    throw new CsvImportError(
      "unknown_csv_format",
      "no column names an order id: name one orderId (or 注文番号), or upload EC-CUBE's 受注CSV as exported",
    );
  }

  const answers = new Map<number, RowAnswer>();
  const { groups, missingId } = groupOrders(rows, format);
  for (const i of missingId) {
    answers.set(i, { error: `line ${rows[i]?.line}: the order id (${format.orderIdColumn}) is empty` });
  }
  let done = 0;
  for (const group of groups) {
    // Checkouts arriving meanwhile are scored between this file's orders, not after the file.
    await yieldToIo();
    const records = group.rows.map((i) => rows[i] as CsvRecord);
    const broken = records.flatMap((r) => brokenRowError(r, header.cells.length) ?? []);
    const read = broken.length ? { ok: false as const, errors: broken } : format.toOrder(records);
    const answer: RowAnswer = read.ok
      ? await scoreSafely(score, read.order, options.onFailure)
      : { error: read.errors.join("; ") };
    for (const i of group.rows) answers.set(i, answer);
    onProgress?.({ done: ++done, total: groups.length });
  }
  if (options.latest) await refreshAnswers(answers, options.latest);

  const headerNames = ANSWER_COLUMNS[isJapaneseHeader(header.cells) ? "ja" : "en"];
  const width = header.cells.length;
  const lineEnding = table.lineEnding;
  // The answer is written and encoded a batch of rows at a time, with a yield between batches.
  const parts: Uint8Array[] = [];
  const flush = (lines: string[], end: string) =>
    parts.push(encodeText(lines.join(lineEnding) + end, parts.length === 0 ? encoding : withoutBom(encoding)));
  let batch = [answerLine(header.raw, width, width, headerNames)];
  let errors = 0;
  for (const [i, record] of rows.entries()) {
    if (batch.length >= ANSWER_BATCH) {
      flush(batch, lineEnding);
      batch = [];
      await yieldToIo();
    }
    const answer = answers.get(i);
    if (answer && "error" in answer) errors++;
    batch.push(answer ? answerLine(record.raw, record.cells.length, width, answerCells(answer)) : record.raw);
  }
  flush(batch, table.endsWithNewline ? lineEnding : "");
  return {
    bytes: concat(parts),
    encoding,
    contentType: contentTypeFor(encoding),
    format: format.name,
    rows: answers.size,
    orders: groups.length,
    errors,
  };
}

/** Rows of the answer written between two yields. */
const ANSWER_BATCH = 2000;

/** Only the first part of an answer carries the file's BOM. */
const withoutBom = (encoding: CsvEncoding): CsvEncoding => (encoding === "utf-8-bom" ? "utf-8" : encoding);

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A client error explains itself; anything else is logged and answered without internals (API conventions). */
async function scoreSafely(
  score: ScoreFn,
  order: OrderRequest,
  onFailure?: (err: unknown) => void,
): Promise<RowAnswer> {
  try {
    return { result: await score(order) };
  } catch (err) {
    if (err instanceof ApiError && err.status < 500) return { error: `${err.code}: ${err.message}` };
    onFailure?.(err);
    return { error: "internal error while scoring this order; the operator's log has the details" };
  }
}

/**
 * The first order of a ring is scored before the orders that link to it, so its answer had no
 * ring yet, and the collector re-scores it once they arrive: a shop reading the file needs every
 * order as it stands after the whole file, with its ring and its latest score and decision.
 */
async function refreshAnswers(answers: Map<number, RowAnswer>, latest: LatestAnswersFn) {
  const scored = [...new Set([...answers.values()].flatMap((a) => ("result" in a ? [a.result.orderId] : [])))];
  if (scored.length === 0) return;
  const now = await latest(scored);
  const updated = new Map<RowAnswer, RowAnswer>();
  for (const [i, answer] of answers) {
    if (!("result" in answer)) continue;
    const stored = now.get(answer.result.orderId);
    if (!stored) continue;
    // The device is not stored with the order's answer; it is the same as when it was scored.
    if (!updated.has(answer)) updated.set(answer, { result: { ...answer.result, ...stored } });
    answers.set(i, updated.get(answer) as RowAnswer);
  }
}
