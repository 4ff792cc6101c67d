import { describe, expect, it } from "vitest";
import { type PastDecision, previewSettings } from "./preview-settings.js";
import { DEFAULT_SETTINGS } from "./settings.js";

const ruleOf = (code: string) =>
  code.endsWith("_linked_to_fraud") && code !== "ring_linked_to_fraud" ? "linked_to_fraud" : code;
const base = { ruleWeights: {}, disabledRules: [], thresholds: DEFAULT_SETTINGS.thresholds };
// 45 → score 63 (review at 45/80); 90 → 86 (reject).
const past: PastDecision[] = [
  {
    orderId: "A",
    score: 63,
    decision: "review",
    reasons: [
      { code: "new_account", score: 20 },
      { code: "phone_risk", score: 25 },
    ],
  },
  {
    orderId: "B",
    score: 86,
    decision: "reject",
    reasons: [
      { code: "phone_linked_to_fraud", score: 60 },
      { code: "phone_risk", score: 30 },
    ],
  },
  { orderId: "C", score: 0, decision: "accept", reasons: [] },
];

describe("previewing settings on past decisions", () => {
  it("changes nothing when nothing changes", () => {
    expect(previewSettings(past, base, base, ruleOf)).toEqual({ total: 3, changed: 0, moves: {}, examples: [] });
  });

  it("moves reviews to accept when the review threshold rises above them", () => {
    const preview = previewSettings(past, base, { ...base, thresholds: { review: 70, reject: 80 } }, ruleOf);
    expect(preview.moves).toEqual({ "review>accept": 1 });
    expect(preview.examples).toEqual([{ orderId: "A", from: "review", to: "accept", scoreFrom: 63, scoreTo: 63 }]);
  });

  it("takes a rule switched off out of the sum, by its reason's code or its rule's", () => {
    expect(previewSettings(past, base, { ...base, disabledRules: ["linked_to_fraud"] }, ruleOf).moves).toEqual({
      "reject>review": 1,
    }); // 30 alone → 49
    expect(previewSettings(past, base, { ...base, disabledRules: ["phone_risk"] }, ruleOf).moves).toEqual({
      "review>accept": 1, // A: 20 alone → 36
      "reject>review": 1, // B: 60 alone → 74
    });
  });

  it("weighs a reason again from its unweighted size", () => {
    // phone_risk stored at weight 0.5: 25 was 50 unweighted; at weight 1 order A sums 70 → 79, still review; at 2 → 120 → 93 reject.
    const halved = { ...base, ruleWeights: { phone_risk: 0.5 } };
    expect(
      previewSettings([past[0] as PastDecision], halved, { ...base, ruleWeights: { phone_risk: 1 } }, ruleOf).changed,
    ).toBe(0);
    expect(
      previewSettings([past[0] as PastDecision], halved, { ...base, ruleWeights: { phone_risk: 2 } }, ruleOf).moves,
    ).toEqual({ "review>reject": 1 });
  });
});
