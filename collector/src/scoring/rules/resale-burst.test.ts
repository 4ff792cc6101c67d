import { describe, expect, it } from "vitest";
import type { OrderFacts } from "../facts/order-facts.js";
import { checkRule, factsOf, neighbour } from "./fixtures.js";
import { resaleBurst } from "./resale-burst.js";

// The facts' own arithmetic is tested in facts/drop-burst-facts.test.ts; here, what the rule makes of it.
const withBurst = (burst: Partial<OrderFacts["dropBurst"]>, riskyUnits = 1, inputs = {}): OrderFacts => {
  const facts = factsOf(
    { items: [{ sku: "SN-1", category: "sneakers", quantity: riskyUnits, unitPrice: 19800 }] },
    { riskyUnits, ...inputs },
  );
  return {
    ...facts,
    dropBurst: {
      category: "sneakers",
      accounts: 4,
      siteAccounts: 9,
      share: 0.012,
      pValue: 0.00004,
      orderIds: ["B-1", "B-2", "B-3"],
      surname: false,
      ...burst,
    },
  };
};

checkRule(resaleBurst, [
  ["four accounts of one city at a drop, a one-in-25,000 chance", withBurst({}), "resale_burst"],
  ["the same burst, but this order buys books", withBurst({}, 0), null],
  ["two accounts of a city: it happens", withBurst({ accounts: 2, pValue: 0.0005 }), null],
  ["four accounts where the city buys a third of everything", withBurst({ share: 0.33, pValue: 0.04 }), null],
  [
    "three accounts of one surname in a release big enough to hide a ward",
    withBurst({ accounts: 3, siteAccounts: 45, share: 0.0003, pValue: 0.00008, surname: true }),
    "resale_burst",
  ],
  [
    "two relatives who both bought the release",
    withBurst({ accounts: 2, share: 0.0003, pValue: 0.0001, surname: true }),
    null,
  ],
  ["no burst at all", withBurst({ category: null, accounts: 1, siteAccounts: 1, pValue: 1, orderIds: [] }), null],
  [
    "the group already shows as a resale pattern at one door",
    withBurst({}, 1, {
      neighbours: [neighbour({ kind: "phone", riskyUnits: 3, placedAt: new Date("2026-11-24T00:50:00Z") })],
    }),
    null,
  ],
]);

describe("a burst under one surname", () => {
  it("says the accounts share a surname, and gives that surname's share in the city, not the city's", () => {
    const hit = resaleBurst.evaluate(withBurst({ accounts: 3, share: 0.00031, pValue: 0.00008, surname: true }));
    expect(hit?.message.ja).toContain("同じ姓の 3 アカウント");
    expect(hit?.message.ja).toContain("0.031%");
    expect(hit?.message.en).toContain("under one surname");
  });
});

describe("a burst into a town", () => {
  it("gives the town's small usual share in figures a reviewer can read, not 0.0%", () => {
    const hit = resaleBurst.evaluate(withBurst({ accounts: 3, siteAccounts: 27, share: 0.00047, pValue: 0.00008 }));
    expect(hit?.message.ja).toContain("この地域は通常 0.047% です");
    expect(hit?.message.en).toContain("that city usually takes 0.047% of them");
  });

  it("keeps a city's share as before", () => {
    expect(resaleBurst.evaluate(withBurst({}))?.message.en).toContain("usually takes 1.2% of them");
    expect(resaleBurst.evaluate(withBurst({ share: 0.25, pValue: 0.0004 }))?.message.en).toContain("takes 25% of");
  });
});
