import type { Decision } from "@shinsa/shared";
import type { OrderFacts } from "./facts/order-facts.js";
import type { Rule, RuleHit } from "./rules/rule.js";
import type { SiteSettings } from "./settings.js";

// Contributions add up; the sum maps onto 0–100 with a curve that saturates, so no pile of small
// reasons passes 100 and one strong reason (a link to confirmed fraud) is already decisive.
const SCALE = 45;

export const toScore = (total: number) => (total <= 0 ? 0 : Math.round(100 * (1 - Math.exp(-total / SCALE))));

export function decide(score: number, thresholds: SiteSettings["thresholds"]): Decision {
  if (score >= thresholds.reject) return "reject";
  if (score >= thresholds.review) return "review";
  return "accept";
}

export interface Evaluation {
  score: number;
  decision: Decision;
  /** Strongest first. */
  hits: RuleHit[];
  /** Rules that threw: recorded, never fatal to the decision. */
  errors: Array<{ rule: string; error: string }>;
}

export function evaluate(facts: OrderFacts, rules: Rule[]): Evaluation {
  const { settings } = facts;
  const hits: RuleHit[] = [];
  const errors: Evaluation["errors"] = [];
  for (const rule of rules) {
    if (settings.disabledRules.includes(rule.code)) continue;
    try {
      const found = rule.evaluate(facts);
      if (!found || settings.disabledRules.includes(found.code)) continue;
      const weight = settings.ruleWeights[found.code] ?? settings.ruleWeights[rule.code] ?? 1;
      if (weight !== 0) hits.push({ ...found, score: Math.round(found.score * weight) });
    } catch (err) {
      errors.push({ rule: rule.code, error: String(err).slice(0, 200) });
    }
  }
  hits.sort((a, b) => b.score - a.score);
  const score = toScore(hits.reduce((sum, h) => sum + h.score, 0));
  return { score, decision: decide(score, settings.thresholds), hits, errors };
}
