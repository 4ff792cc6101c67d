import type { IdentifierKind } from "../../lib/identifier.js";
import { IDENTIFIER_WORDS } from "../identifiers.js";
import { hit, type Rule } from "./rule.js";

// Limits per window for one identifier: past these, orders come faster than one person buys.
const LIMITS = { h1: 3, h24: 5, d7: 10 } as const;
// The persisted visitor id, not the device fingerprint: identical phones share a fingerprint.
const WATCHED: IdentifierKind[] = ["visitor", "card", "email", "shippingAddress", "phone", "ip"];
const WINDOW_JA = { h1: "1 時間", h24: "24 時間", d7: "7 日間" } as const;
const WINDOW_EN = { h1: "hour", h24: "24 hours", d7: "7 days" } as const;

export const velocity: Rule = {
  code: "velocity",
  evaluate: ({ velocity: counts, hubs }) => {
    for (const window of ["h1", "h24", "d7"] as const) {
      for (const kind of WATCHED) {
        const n = counts[kind]?.[window] ?? 0;
        if (hubs.includes(kind) || n < LIMITS[window]) continue;
        return hit(
          "velocity",
          kind === "ip" ? 8 : 15,
          `同じ${IDENTIFIER_WORDS[kind].ja}で ${WINDOW_JA[window]}に ${n} 件の注文があります`,
          `${n} orders with the same ${IDENTIFIER_WORDS[kind].en} in the last ${WINDOW_EN[window]}`,
        );
      }
    }
    return null;
  },
};
