import type { Decision } from "@shinsa/shared";
import { decide, toScore } from "./score.js";
import type { SiteSettings } from "./settings.js";

export interface PastDecision {
  orderId: string;
  score: number;
  decision: string;
  reasons: { code: string; score: number }[];
}

export interface SettingsPreview {
  total: number;
  changed: number;
  /** `from>to` → how many orders would move that way. */
  moves: Record<string, number>;
  /** The first changed orders, for the reviewer to open. */
  examples: { orderId: string; from: string; to: Decision; scoreFrom: number; scoreTo: number }[];
}

/**
 * How past decisions would change under other settings, from the reasons stored with each order:
 * each reason's contribution is taken back to its unweighted size, weighed again, and the sum is
 * put through the same curve and thresholds as scoring. Exact for thresholds, weights and rules
 * switched off; a rule that was off when the order was scored left no reason behind, so turning
 * it on cannot be previewed this way (the page says so). `ruleOf` maps a reason's code to its
 * rule's code (`phone_linked_to_fraud` → `linked_to_fraud`), as weights may name either.
 */
export function previewSettings(
  past: PastDecision[],
  current: Pick<SiteSettings, "ruleWeights" | "disabledRules" | "thresholds">,
  next: Pick<SiteSettings, "ruleWeights" | "disabledRules" | "thresholds">,
  ruleOf: (reasonCode: string) => string,
  exampleCount = 20,
): SettingsPreview {
  const weight = (s: typeof current, code: string) => s.ruleWeights[code] ?? s.ruleWeights[ruleOf(code)] ?? 1;
  const off = (s: typeof current, code: string) =>
    s.disabledRules.includes(code) || s.disabledRules.includes(ruleOf(code));
  const moves: Record<string, number> = {};
  const examples: SettingsPreview["examples"] = [];
  let changed = 0;
  for (const order of past) {
    const total = order.reasons.reduce((sum, r) => {
      const was = weight(current, r.code);
      if (off(next, r.code) || was === 0) return sum;
      return sum + (r.score / was) * weight(next, r.code);
    }, 0);
    const score = toScore(Math.round(total));
    const decision = decide(score, next.thresholds);
    if (decision === order.decision) continue;
    changed++;
    const key = `${order.decision}>${decision}`;
    moves[key] = (moves[key] ?? 0) + 1;
    if (examples.length < exampleCount) {
      examples.push({
        orderId: order.orderId,
        from: order.decision,
        to: decision,
        scoreFrom: order.score,
        scoreTo: score,
      });
    }
  }
  return { total: past.length, changed, moves, examples };
}
