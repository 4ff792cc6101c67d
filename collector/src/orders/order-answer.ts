import type { Decision, OrderResponse } from "@shinsa/shared";
import type { Lang } from "../lib/lang.js";
import type { RuleHit } from "../scoring/rules/rule.js";

/** An order's score as scored or stored: reasons in both languages, links without the ring. */
export interface ScoredAnswer {
  orderId: string;
  score: number;
  decision: string;
  reasons: RuleHit[];
  links: { accounts: number; orders: string[]; via: string[] };
  ringId: string | null;
}

/** The wire answer: reasons in the caller's language, the ring among the links. */
export const answerOf = (scored: ScoredAnswer, lang: Lang): OrderResponse => ({
  orderId: scored.orderId,
  score: scored.score,
  decision: scored.decision as Decision,
  reasons: scored.reasons.map((r) => ({ code: r.code, score: r.score, message: r.message[lang] })),
  links: scored.ringId ? { ...scored.links, ringId: scored.ringId } : scored.links,
});
