import type { OrderResponse } from "@shinsa/shared";
import { formatRow } from "./csv.js";

/**
 * What we append to every row. `error` is always there (empty when the row was scored), so every
 * answer has the same shape whether or not a row failed, and chunks of one file can be joined.
 * Values stay machine-readable (`accept`, not 承認) so a shop can filter on them; only the header
 * names follow the file's language.
 */
export const ANSWER_COLUMNS = {
  en: ["score", "decision", "reasons", "ringId", "error"],
  ja: ["スコア", "判定", "理由", "リングID", "エラー"],
} as const;

export type RowAnswer = { result: OrderResponse } | { error: string };

/** Reasons strongest first, each readable alone: `message (code +score)`. */
export const formatReasons = (result: OrderResponse) =>
  result.reasons.map((r) => `${r.message} (${r.code} +${r.score})`).join("; ");

export function answerCells(answer: RowAnswer): string[] {
  if ("error" in answer) return ["", "", "", "", answer.error];
  const { score, decision, links } = answer.result;
  return [String(score), decision, formatReasons(answer.result), links.ringId ?? "", ""];
}

/**
 * A row of the answer: the row's own text exactly as it came (its quoting untouched), then ours.
 * A row shorter than the header is padded, so our columns land under our header names.
 */
export function answerLine(raw: string, cellCount: number, headerCount: number, appended: readonly string[]) {
  const padding = ",".repeat(Math.max(0, headerCount - cellCount));
  return `${raw}${padding},${formatRow(appended)}`;
}
