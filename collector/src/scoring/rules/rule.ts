import type { OrderFacts } from "../facts/order-facts.js";

/** A reason with its contribution to the score, worded for the reviewer in both languages. */
export interface RuleHit {
  code: string;
  score: number;
  message: { ja: string; en: string };
}

/**
 * One rule: looks at the facts of an order and answers a reason, or nothing. Pure, so its table
 * of cases needs no database. `code` names the rule in settings (weights, rules off).
 */
export interface Rule {
  code: string;
  evaluate(facts: OrderFacts): RuleHit | null;
}

export const hit = (code: string, score: number, ja: string, en: string): RuleHit => ({
  code,
  score,
  message: { ja, en },
});
