import { describe, expect, it } from "vitest";
import { notAcceptedRate, pairCounts, pairScores, pairScoresInvolving, rocAuc } from "./metrics.js";

describe("rocAuc", () => {
  it("is 1 when every positive outscores every negative", () => {
    expect(rocAuc([0.1, 0.2, 0.8, 0.9], [false, false, true, true])).toBe(1);
  });
  it("is 0 when the order is reversed and 0.5 when all scores tie", () => {
    expect(rocAuc([0.9, 0.8, 0.2], [false, false, true])).toBe(0);
    expect(rocAuc([5, 5, 5, 5], [true, false, true, false])).toBe(0.5);
  });
  it("counts a tie between a positive and a negative as half", () => {
    // Pairs (p,n): (3,1) win, (3,3) tie, (2,1) win, (2,3) loss → (2 + 0.5) / 4.
    expect(rocAuc([3, 2, 1, 3], [true, true, false, false])).toBe(0.625);
  });
  it("is undefined without both classes", () => {
    expect(rocAuc([1, 2], [true, true])).toBeNaN();
  });
});

describe("notAcceptedRate", () => {
  it("counts review and reject among the selected orders only", () => {
    expect(notAcceptedRate(["accept", "review", "reject", "review"], [true, true, true, false])).toBeCloseTo(2 / 3);
  });
});

describe("pairwise scores", () => {
  it("are perfect when the predicted groups are the true groups under other names", () => {
    const s = pairScores(pairCounts(["x", "x", "y", undefined], ["a", "a", "b", "c"]));
    expect(s).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
  it("count a merged pair of groups as false pairs and a missed member as a lost pair", () => {
    // Truth {0,1,2} {3,4}; predicted {0,1,3,4} {2}: pairs predicted 6, true 4, shared (0,1) (3,4).
    const c = pairCounts(["r", "r", undefined, "r", "r"], ["a", "a", "a", "b", "b"]);
    expect(c).toEqual({ both: 2, predicted: 6, actual: 4 });
    const s = pairScores(c);
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBeCloseTo(1 / 2);
    expect(s.f1).toBeCloseTo(0.4);
  });
  it("restrict to pairs that involve a focus order", () => {
    // Legit pair (0,1) linked correctly is left out; fraud pair (2,3) found; 4 wrongly joined to 2 and 3.
    const s = pairScoresInvolving(
      ["l", "l", "f", "f", "f"],
      ["p1", "p1", "r", "r", "p2"],
      [false, false, true, true, false],
    );
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBe(1);
  });
});
