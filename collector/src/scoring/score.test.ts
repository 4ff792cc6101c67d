import { describe, expect, it } from "vitest";
import { factsOf } from "./rules/fixtures.js";
import { hit, type Rule } from "./rules/rule.js";
import { decide, evaluate, toScore } from "./score.js";
import { DEFAULT_SETTINGS } from "./settings.js";

const fixed = (code: string, score: number): Rule => ({ code, evaluate: () => hit(code, score, "理由", "reason") });

describe("scoring", () => {
  it("maps the sum of contributions onto 0–100, saturating", () => {
    expect(toScore(-30)).toBe(0);
    expect(toScore(0)).toBe(0);
    expect(toScore(45)).toBe(63);
    expect(toScore(1000)).toBe(100);
    expect(toScore(20)).toBeLessThan(toScore(40));
  });

  it.each([
    [10, "accept"],
    [45, "review"],
    [79, "review"],
    [80, "reject"],
  ] as const)("decides %i as %s by the default thresholds", (score, decision) => {
    expect(decide(score, DEFAULT_SETTINGS.thresholds)).toBe(decision);
  });

  it("lists reasons strongest first and adds them up", () => {
    const result = evaluate(factsOf(), [fixed("small", 5), fixed("big", 40)]);
    expect(result.hits.map((h) => h.code)).toEqual(["big", "small"]);
    expect(result.score).toBe(toScore(45));
  });

  it("applies the site's rule weights and leaves out rules turned off", () => {
    const facts = factsOf();
    const settings = { ...facts.settings, ruleWeights: { big: 0.5 }, disabledRules: ["small"] };
    const result = evaluate({ ...facts, settings }, [fixed("small", 5), fixed("big", 40)]);
    expect(result.hits).toEqual([{ code: "big", score: 20, message: { ja: "理由", en: "reason" } }]);
  });

  it("records a rule that throws and still decides", () => {
    const broken: Rule = {
      code: "broken",
      evaluate: () => {
        throw new Error("boom");
      },
    };
    const result = evaluate(factsOf(), [broken, fixed("ok", 10)]);
    expect(result.errors).toEqual([{ rule: "broken", error: "Error: boom" }]);
    expect(result.hits.map((h) => h.code)).toEqual(["ok"]);
  });
});
