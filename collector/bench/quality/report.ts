import type { Decision, OrderResponse } from "@shinsa/shared";
import type { StreamOrder, TruthKind } from "./generator.js";
import { notAcceptedRate, pairCounts, pairScores, pairScoresInvolving, rocAuc } from "./metrics.js";

// Turns one system's answers on the stream into the benchmark's figures, and prints the table.

export interface Answer {
  score: number;
  decision: Decision;
  ringId?: string;
  /** code:score of each reason, strongest first (Shinsa's answers only). */
  reasons?: string[];
}

export interface Figures {
  auc: number;
  fraudRecall: number;
  legitFpr: number;
  familyFpr: number;
  collisionFpr: number;
  /** Honest neighbours in other rooms of one building. */
  neighbourFpr: number;
  /** A release's crowd: honest fans buying a drop in its first half hour, half of them in Tokyo. */
  crowdFpr: number;
  /** Honest ship ≠ bill: pick-up points, offices, a regular's present. */
  elsewhereFpr: number;
  /** The owners of taken-over accounts, shopping again after the stranger's orders. */
  victimFpr: number;
  /** Honest customers' new accounts after a carrier change took their mailbox (n/a without them). */
  switchFpr: number;
  stolenCardRecall: number;
  takeoverRecall: number;
  /** Each ring's first order: nothing earlier to link it to. */
  ringFirstRecall: number;
  /** One person's new accounts posing as a family (n/a on a stream without them). */
  posingFamilyRecall: number;
  ring: { precision: number; recall: number; f1: number };
  allPairs: { precision: number; recall: number; f1: number };
}

/** One answer of Shinsa's as the figures read it. */
export const answerOf = (r: OrderResponse): Answer => ({
  score: r.score,
  decision: r.decision,
  ...(r.links?.ringId && { ringId: r.links.ringId }),
  reasons: r.reasons.map((reason) => `${reason.code}:${reason.score}`),
});

/** The truth group of an order: its ring, else its person. */
export const truthGroup = (o: StreamOrder) => o.truth.ringId ?? o.truth.personId;

export function figures(orders: readonly StreamOrder[], answers: ReadonlyMap<string, Answer>): Figures {
  const got = orders.map((o) => {
    const a = answers.get(o.request.orderId);
    if (!a) throw new Error(`no answer for ${o.request.orderId}`);
    return a;
  });
  const fraud = orders.map((o) => o.truth.fraud);
  const decisions = got.map((a) => a.decision);
  const rings = got.map((a) => a.ringId);
  const truth = orders.map(truthGroup);
  /** Share of these kinds' orders not accepted: recall of a fraud kind, false positives of an honest one. */
  const ofKinds = (...kinds: TruthKind[]) =>
    notAcceptedRate(
      decisions,
      orders.map((o) => kinds.includes(o.truth.kind)),
    );
  return {
    auc: rocAuc(
      got.map((a) => a.score),
      fraud,
    ),
    fraudRecall: notAcceptedRate(decisions, fraud),
    legitFpr: notAcceptedRate(
      decisions,
      fraud.map((f) => !f),
    ),
    familyFpr: ofKinds("family"),
    collisionFpr: ofKinds("device_collision"),
    neighbourFpr: ofKinds("neighbour"),
    crowdFpr: ofKinds("release_crowd"),
    elsewhereFpr: ofKinds("pickup", "regular_gift"),
    victimFpr: ofKinds("takeover_victim"),
    switchFpr: ofKinds("carrier_switch"),
    stolenCardRecall: ofKinds("stolen_card"),
    takeoverRecall: ofKinds("account_takeover"),
    ringFirstRecall: notAcceptedRate(decisions, firstOfEachRing(orders)),
    posingFamilyRecall: ofKinds("posing_family"),
    ring: pairScoresInvolving(rings, truth, fraud),
    allPairs: pairScores(pairCounts(rings, truth)),
  };
}

/** Issue 14's goals, on every seed and with and without device tokens. */
export const QUALITY_GOALS = {
  auc: "≥ 0.98",
  fraudRecall: "≥ 92%",
  legitFpr: "≤ 2%",
  trap: "≤ 3%",
  stolenCardRecall: "≥ 97%",
  ringF1: "≥ 0.93",
  flagged: "≤ 5%",
  precision: "≥ 30%",
};

/** Whether each order is the first of its resale ring in the stream (orders are in time order). */
function firstOfEachRing(orders: readonly StreamOrder[]): boolean[] {
  const seen = new Set<string>();
  return orders.map((o) => {
    if (o.truth.kind !== "resale_ring" || !o.truth.ringId || seen.has(o.truth.ringId)) return false;
    seen.add(o.truth.ringId);
    return true;
  });
}

/** A real shop's share of fraud orders; the stream holds far more so that every pattern has numbers. */
export const REAL_PREVALENCE = 0.01;

/**
 * What an analyst would face at a shop where `prevalence` of orders are fraud: the stream's recall
 * and false-positive rate reweighted, so the fraud kinds (and the honest ones) keep the stream's mix.
 */
export function atPrevalence(f: Figures, prevalence: number) {
  const caught = f.fraudRecall * prevalence;
  const flagged = caught + f.legitFpr * (1 - prevalence);
  return { flagged, precision: flagged === 0 ? Number.NaN : caught / flagged };
}

export const pct = (x: number) => (Number.isNaN(x) ? "n/a" : `${(100 * x).toFixed(1)}%`);
export const num = (x: number) => (Number.isNaN(x) ? "n/a" : x.toFixed(3));
const signed = (x: number, f: (x: number) => string) => (Number.isNaN(x) ? "n/a" : `${x >= 0 ? "+" : ""}${f(x)}`);

export function printTable(columns: Record<string, Figures>, goals: Partial<Record<keyof Figures | string, string>>) {
  const rows: [string, (f: Figures) => string, string][] = [
    ["ROC AUC", (f) => num(f.auc), goals.auc ?? ""],
    ["fraud recall (review+reject)", (f) => pct(f.fraudRecall), goals.fraudRecall ?? ""],
    ["legit not accepted (FPR)", (f) => pct(f.legitFpr), goals.legitFpr ?? ""],
    ["  family trap not accepted", (f) => pct(f.familyFpr), goals.trap ?? ""],
    ["  device-collision trap not accepted", (f) => pct(f.collisionFpr), goals.trap ?? ""],
    ["  neighbours (other rooms) not accepted", (f) => pct(f.neighbourFpr), goals.trap ?? ""],
    ["  a release's crowd not accepted", (f) => pct(f.crowdFpr), goals.trap ?? ""],
    ["  pick-up, office, gift not accepted", (f) => pct(f.elsewhereFpr), goals.trap ?? ""],
    ["  takeover victims' own orders not accepted", (f) => pct(f.victimFpr), goals.trap ?? ""],
    ["  new accounts after a carrier change not accepted", (f) => pct(f.switchFpr), goals.trap ?? ""],
    ["stolen-card recall", (f) => pct(f.stolenCardRecall), goals.stolenCardRecall ?? ""],
    ["account-takeover recall", (f) => pct(f.takeoverRecall), ""],
    ["rings' first orders caught", (f) => pct(f.ringFirstRecall), ""],
    ["one person's accounts posing as a family caught", (f) => pct(f.posingFamilyRecall), ""],
    ["ring pairs with fraud: precision", (f) => pct(f.ring.precision), ""],
    ["ring pairs with fraud: recall", (f) => pct(f.ring.recall), ""],
    ["ring pairs with fraud: F1", (f) => num(f.ring.f1), goals.ringF1 ?? ""],
    ["all pairs (ring ?? person): P / R", (f) => `${pct(f.allPairs.precision)} / ${pct(f.allPairs.recall)}`, ""],
    ["at 1% fraud: orders not accepted", (f) => pct(atPrevalence(f, REAL_PREVALENCE).flagged), goals.flagged ?? ""],
    [
      "at 1% fraud: precision of review+reject",
      (f) => pct(atPrevalence(f, REAL_PREVALENCE).precision),
      goals.precision ?? "",
    ],
  ];
  printRows(
    ["metric", ...Object.keys(columns), "goal"],
    rows.map(([label, cell, goal]) => [label, ...Object.values(columns).map(cell), goal]),
  );
}

export function printLift(slices: Record<string, { without: Figures; with: Figures }>) {
  const rows: string[][] = [];
  for (const [name, s] of Object.entries(slices)) {
    rows.push([`${name}: ROC AUC`, num(s.without.auc), num(s.with.auc), signed(s.with.auc - s.without.auc, num)]);
    rows.push([
      `${name}: fraud recall`,
      pct(s.without.fraudRecall),
      pct(s.with.fraudRecall),
      signed(s.with.fraudRecall - s.without.fraudRecall, pct),
    ]);
    rows.push([
      `${name}: legit FPR`,
      pct(s.without.legitFpr),
      pct(s.with.legitFpr),
      signed(s.with.legitFpr - s.without.legitFpr, pct),
    ]);
  }
  printRows(["last third of the span", "without labels", "with labels", "lift"], rows);
}

/** A table: the first column left-aligned, the others right-aligned, under a ruled header. */
export function printRows(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}

/** Share not accepted per kind: recall for the fraud kinds, false positives for the honest ones. */
export function printKinds(orders: readonly StreamOrder[], columns: Record<string, ReadonlyMap<string, Answer>>) {
  const kinds = [...new Set(orders.map((o) => o.truth.kind))];
  const rows = kinds.map((kind) => {
    const mine = orders.filter((o) => o.truth.kind === kind);
    const cells = Object.values(columns).map((answers) => {
      const hit = mine.filter((o) => answers.get(o.request.orderId)?.decision !== "accept").length;
      return pct(hit / mine.length);
    });
    return [`${kind}${mine[0]?.truth.fraud ? " (fraud)" : ""}`, String(mine.length), ...cells];
  });
  printRows(["not accepted, by kind", "orders", ...Object.keys(columns)], rows);
}
