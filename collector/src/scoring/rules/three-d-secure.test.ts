import { checkRule, factsOf, neighbour } from "./fixtures.js";
import { threeDSecure } from "./three-d-secure.js";

checkRule(threeDSecure, [
  [
    "authenticated",
    factsOf({ payment: { method: "card", threeDSecure: "authenticated" } }),
    "three_d_secure_authenticated",
  ],
  [
    "authenticated, by one buyer behind two accounts (their own card, no credit)",
    factsOf(
      { payment: { method: "card", threeDSecure: "authenticated" } },
      { neighbours: [neighbour({ kind: "phone", customerKey: "other", orderId: "M0", personKey: "山田太郎" })] },
    ),
    null,
  ],
  [
    "authenticated, by one buyer behind two accounts under two writings of one name (no credit)",
    factsOf(
      { payment: { method: "card", threeDSecure: "authenticated" } },
      {
        neighbours: (["phone", "nameArea"] as const).map((kind) =>
          neighbour({ kind, customerKey: "other", orderId: "M0", personKey: "kana:ヤマダタロウ" }),
        ),
      },
    ),
    null,
  ],
  [
    "authenticated, for a launch-day console (resellers pay with their own cards: no credit)",
    factsOf({ payment: { method: "card", threeDSecure: "authenticated" } }, { riskyUnits: 1 }),
    null,
  ],
  [
    "failed, for a launch-day console",
    factsOf({ payment: { method: "card", threeDSecure: "failed" } }, { riskyUnits: 1 }),
    "three_d_secure_failed",
  ],
  ["failed", factsOf({ payment: { method: "card", threeDSecure: "failed" } }), "three_d_secure_failed"],
  ["not asked", factsOf({ payment: { method: "card", threeDSecure: "none" } }), "three_d_secure_none"],
  ["deferred payment", factsOf({ payment: { method: "deferred", threeDSecure: "failed" } }), null],
]);
