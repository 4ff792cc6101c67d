import type { Decision } from "@shinsa/shared";

// The figures the benchmark prints. Pure, so the arithmetic is tested on hand-made cases.

/** ROC AUC as the probability that a random positive outscores a random negative (ties count half). */
export function rocAuc(scores: readonly number[], positive: readonly boolean[]): number {
  const ranked = scores.map((s, i) => ({ s, p: positive[i] === true })).sort((a, b) => a.s - b.s);
  let rankSumPositive = 0;
  let positives = 0;
  for (let i = 0; i < ranked.length; ) {
    let j = i;
    while (j < ranked.length && ranked[j]?.s === ranked[i]?.s) j++;
    // Tied scores share the mean of their ranks (1-based): the Mann–Whitney U statistic.
    const meanRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) {
      if (ranked[k]?.p) {
        rankSumPositive += meanRank;
        positives++;
      }
    }
    i = j;
  }
  const negatives = ranked.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSumPositive - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Share of the selected orders that were not accepted (review or reject). */
export function notAcceptedRate(decisions: readonly Decision[], selected: readonly boolean[]): number {
  let n = 0;
  let hit = 0;
  decisions.forEach((d, i) => {
    if (!selected[i]) return;
    n++;
    if (d !== "accept") hit++;
  });
  return n ? hit / n : Number.NaN;
}

export interface PairCounts {
  /** Pairs placed in one group by both the prediction and the truth. */
  both: number;
  predicted: number;
  actual: number;
}

const pairs = (n: number) => (n * (n - 1)) / 2;

function groupSizes(keys: Iterable<string>): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const k of keys) sizes.set(k, (sizes.get(k) ?? 0) + 1);
  return sizes;
}

/**
 * Pair counts over the selected items. An item without a predicted group is alone in its own;
 * counting by group sizes keeps this linear rather than quadratic in the number of orders.
 */
export function pairCounts(
  predicted: readonly (string | undefined)[],
  truth: readonly string[],
  selected: readonly boolean[] = truth.map(() => true),
): PairCounts {
  const idx = truth.map((_, i) => i).filter((i) => selected[i]);
  const pred = idx.map((i) => predicted[i] ?? `\u0000solo${i}`);
  const act = idx.map((i) => truth[i] as string);
  const sum = (m: Map<string, number>) => [...m.values()].reduce((s, n) => s + pairs(n), 0);
  return {
    both: sum(groupSizes(pred.map((p, k) => `${p}\u0001${act[k]}`))),
    predicted: sum(groupSizes(pred)),
    actual: sum(groupSizes(act)),
  };
}

export interface PairScores {
  precision: number;
  recall: number;
  f1: number;
}

export function pairScores(c: PairCounts): PairScores {
  const precision = c.predicted ? c.both / c.predicted : Number.NaN;
  const recall = c.actual ? c.both / c.actual : Number.NaN;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Pairs with at least one order in `focus`: all pairs minus the pairs entirely outside it. */
export function pairScoresInvolving(
  predicted: readonly (string | undefined)[],
  truth: readonly string[],
  focus: readonly boolean[],
): PairScores {
  const all = pairCounts(predicted, truth);
  const outside = pairCounts(
    predicted,
    truth,
    focus.map((f) => !f),
  );
  return pairScores({
    both: all.both - outside.both,
    predicted: all.predicted - outside.predicted,
    actual: all.actual - outside.actual,
  });
}
