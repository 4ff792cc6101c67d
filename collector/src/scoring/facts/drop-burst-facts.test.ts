import { describe, expect, it } from "vitest";
import { CITY_CATEGORY_ROWS, NEIGHBOURS_PER_IDENTIFIER } from "../../lib/history-bounds.js";
import { getOrderIdentity } from "../identity.js";
import { ago, HOUR, neighbour, PLACED_AT } from "../rules/fixtures.js";
import {
  BURST_WINDOW_MS,
  type DropKey,
  dropBurstFacts,
  PRIOR_SHARE,
  poissonAtLeast,
  priorShareOf,
  SURNAME_PRIOR_SHARE,
  TOWN_PRIOR_SHARE,
} from "./drop-burst-facts.js";
import type { Neighbour } from "./inputs.js";

const MIN = 60_000;
const self = {
  customerKey: "cust-self",
  personKey: "山田太郎",
  surnameKey: "山田",
  placedAt: PLACED_AT,
  priorShare: PRIOR_SHARE,
};
const key: DropKey = { category: "sneakers", site: "site-sneakers", area: "area-sneakers-setagaya" };
const inTown = { ...self, priorShare: TOWN_PRIOR_SHARE };

/** One buy of the category: on the site, and into the city when `inCity`. */
function buy(n: number, at: Date, inCity: boolean, account = `cust-${n}`, surnameKey = `姓${n}`): Neighbour[] {
  const row = { orderId: `B-${n}`, placedAt: at, customerKey: account, surnameKey, riskyUnits: 1 };
  return [
    neighbour({ ...row, kind: "siteCategory", value: key.site }),
    ...(inCity ? [neighbour({ ...row, kind: "areaCategory", value: key.area ?? "" })] : []),
  ];
}

/** A national shop's month: 30 buys of the category spread over other cities, one in this one. */
const usualMonth = () => Array.from({ length: 30 }, (_, i) => buy(100 + i, ago((i + 1) * 20 * HOUR), i === 7)).flat();

describe("a launch-day burst into one city", () => {
  it("is unlikely when three other accounts of one city bought within minutes on a shop whose buyers live everywhere", () => {
    const now = [buy(1, ago(4 * MIN), true), buy(2, ago(9 * MIN), true), buy(3, ago(2 * MIN), false)].flat();
    const facts = dropBurstFacts(self, [key], [...usualMonth(), ...now, ...buy(4, ago(12 * MIN), true)]);
    expect(facts.accounts).toBe(4);
    expect(facts.siteAccounts).toBe(5);
    expect(facts.category).toBe("sneakers");
    expect(facts.pValue).toBeLessThan(0.001);
    expect(facts.orderIds.sort()).toEqual(["B-1", "B-2", "B-4"]);
  });

  it("is no burst on a shop whose buyers of the category mostly live in that city", () => {
    const regional = Array.from({ length: 30 }, (_, i) => buy(100 + i, ago((i + 1) * 20 * HOUR), i % 5 !== 0)).flat();
    const now = [buy(1, ago(4 * MIN), true), buy(2, ago(9 * MIN), true), buy(4, ago(12 * MIN), true)].flat();
    const facts = dropBurstFacts(self, [key], [...regional, ...now]);
    expect(facts.accounts).toBe(4);
    expect(facts.pValue).toBeGreaterThan(0.1);
  });

  it("counts the orders that came after, for an order scored again", () => {
    const after = [
      buy(1, new Date(PLACED_AT.getTime() + 3 * MIN), true),
      buy(2, new Date(PLACED_AT.getTime() + 8 * MIN), true),
    ];
    const facts = dropBurstFacts(self, [key], [...usualMonth(), ...after.flat(), ...buy(3, ago(MIN), true)]);
    expect(facts.accounts).toBe(4);
  });

  it("leaves out the buyer's own other orders and buys outside the half hour", () => {
    const rows = [
      buy(1, ago(3 * MIN), true, "cust-self"),
      buy(2, ago(5 * MIN), true, "cust-self"),
      buy(3, ago(BURST_WINDOW_MS + MIN), true),
      buy(4, ago(2 * HOUR), true),
    ].flat();
    expect(dropBurstFacts(self, [key], [...usualMonth(), ...rows]).accounts).toBe(1);
  });

  it("leaves a ring's restocks into the city out of its usual share, so its next drop is still a burst", () => {
    const inRing = (rows: Neighbour[], ringId: string | null) => rows.map((r) => ({ ...r, ringId }));
    // Three members restocked into the city this month; three others of the ring buy at the drop.
    const restocks = [1, 2, 3].flatMap((n) => buy(300 + n, ago(n * 4 * 24 * HOUR), true, `cust-r${n}`));
    const now = [buy(1, ago(4 * MIN), true), buy(2, ago(9 * MIN), true), buy(4, ago(12 * MIN), true)].flat();
    const rows = (ringId: string | null) => [...usualMonth(), ...inRing(restocks, ringId), ...inRing(now, ringId)];
    // Strangers' buys are the city's usual: three more of it are not rare.
    expect(dropBurstFacts(self, [key], rows(null)).pValue).toBeGreaterThan(0.001);
    // The same buys by one group are not: its own restocks say nothing of the city's buyers.
    const ring = dropBurstFacts(self, [key], rows("ring-1"));
    expect(ring.pValue).toBeLessThan(0.001);
    expect(ring.share).toBeCloseTo((1 + 20 * PRIOR_SHARE) / (30 + 20), 5);
    // The order's own group counts too, when the buys in the window stand in no ring yet.
    const mine = dropBurstFacts(
      { ...self, ringIds: ["ring-1"] },
      [key],
      [...usualMonth(), ...inRing(restocks, "ring-1"), ...now],
    );
    expect(mine.pValue).toBeLessThan(0.001);
  });

  it("gives no judgement when the read holds nothing but the window: a release too big to see whole", () => {
    const release = Array.from({ length: NEIGHBOURS_PER_IDENTIFIER }, (_, i) =>
      buy(i, ago((i % 25) * MIN), i < 4),
    ).flat();
    const facts = dropBurstFacts(self, [key], release);
    expect(facts.pValue).toBe(1);
    expect(facts.orderIds).toEqual([]);
  });

  it("reads a busy city's share over the span its own rows cover, not the site's", () => {
    // The city's read is full: 20 buys in the last five days, while the site's reaches back three weeks.
    const city = Array.from({ length: CITY_CATEGORY_ROWS - 3 }, (_, i) => buy(200 + i, ago((i + 1) * 6 * HOUR), true));
    const now = [buy(1, ago(4 * MIN), true), buy(2, ago(9 * MIN), true), buy(4, ago(12 * MIN), true)];
    const facts = dropBurstFacts(self, [key], [...usualMonth(), ...city.flat(), ...now.flat()]);
    // Over those five days the city took most of the site's buys: three more are no burst.
    expect(facts.share).toBeGreaterThan(0.3);
    expect(facts.pValue).toBeGreaterThan(0.01);
  });

  it("gives no judgement without a city to ship to", () => {
    const now = [buy(1, ago(4 * MIN), true), buy(2, ago(9 * MIN), true), buy(4, ago(12 * MIN), true)].flat();
    expect(dropBurstFacts(self, [{ ...key, area: null }], [...usualMonth(), ...now]).pValue).toBe(1);
  });

  it("weighs a new shop's buyers by the prior alone: two of one ward are no burst, three are", () => {
    const two = [buy(1, ago(4 * MIN), true), buy(3, ago(6 * MIN), false)].flat();
    expect(dropBurstFacts(self, [key], two).pValue).toBeGreaterThan(0.001);
    const three = [buy(1, ago(4 * MIN), true), buy(2, ago(9 * MIN), true), buy(3, ago(6 * MIN), false)].flat();
    expect(dropBurstFacts(self, [key], three).pValue).toBeLessThan(0.001);
  });

  it("takes a ward the shop has never shipped to at the prior share, a ward's not a whole city's", () => {
    // 40 earlier buys, none into this ward; at the drop two others of the ward among six on the site.
    const history = Array.from({ length: 40 }, (_, i) => buy(100 + i, ago((i + 1) * 15 * HOUR), false)).flat();
    const now = [
      ...[1, 2].map((n) => buy(n, ago(n * 3 * MIN), true)),
      ...[3, 4, 5, 6].map((n) => buy(n, ago(n * 3 * MIN), false)),
    ].flat();
    const facts = dropBurstFacts(self, [key], [...history, ...now]);
    expect(facts.accounts).toBe(3);
    expect(facts.share).toBeCloseTo((PRIOR_SHARE * 20) / 60, 5);
    expect(facts.pValue).toBeLessThan(0.001);
  });
});

describe("a launch-day burst into a town or village", () => {
  // A release a day old on the site: 23 earlier buys, none into the town; at the drop, two others
  // of the town among 27 buyers on the site (seed 4's ring in 高浜町, a town of 10,000).
  const history = Array.from({ length: 23 }, (_, i) => buy(100 + i, ago((i + 1) * 40 * MIN + 2 * HOUR), false)).flat();
  const drop = [
    ...[1, 2].map((n) => buy(n, ago(n * 4 * MIN), true)),
    ...Array.from({ length: 24 }, (_, i) => buy(10 + i, ago(i * MIN), false)),
  ].flat();

  it("reads a municipality's kind from the name the address gives it", () => {
    expect(priorShareOf("大飯郡高浜町")).toBe(TOWN_PRIOR_SHARE);
    expect(priorShareOf("上川郡新得町")).toBe(TOWN_PRIOR_SHARE);
    expect(priorShareOf("中頭郡読谷村")).toBe(TOWN_PRIOR_SHARE);
    expect(priorShareOf("飛騨市")).toBe(PRIOR_SHARE);
    expect(priorShareOf("神戸市垂水区")).toBe(PRIOR_SHARE);
    expect(priorShareOf("十日町市")).toBe(PRIOR_SHARE);
    expect(priorShareOf(null)).toBe(PRIOR_SHARE);
  });

  it("reads it from the city the address normaliser names, with or without the prefecture", () => {
    const priorOf = (address: string, postalCode: string) =>
      priorShareOf(
        getOrderIdentity({ orderId: "O-1", shipping: { name: "山田 太郎", address, postalCode } }).shippingAddress
          ?.city,
      );
    expect(priorOf("福井県大飯郡高浜町若宮1091", "919-2227")).toBe(TOWN_PRIOR_SHARE);
    expect(priorOf("大飯郡高浜町若宮1091", "919-2227")).toBe(TOWN_PRIOR_SHARE);
    expect(priorOf("東京都世田谷区太子堂2-3-4", "154-0004")).toBe(PRIOR_SHARE);
    expect(priorOf("岐阜県飛騨市古川町南成町4-20-21", "509-4253")).toBe(PRIOR_SHARE);
  });

  it("finds three accounts of a town at one drop unlikely where three of a ward are not", () => {
    const ward = dropBurstFacts(self, [key], [...history, ...drop]);
    expect(ward.accounts).toBe(3);
    expect(ward.pValue).toBeGreaterThan(0.001);
    const town = dropBurstFacts(inTown, [key], [...history, ...drop]);
    expect(town.accounts).toBe(3);
    expect(town.share).toBeCloseTo((20 * TOWN_PRIOR_SHARE) / (23 + 20), 5);
    expect(town.pValue).toBeLessThan(0.001);
  });

  it("takes a town the shop's buyers often live in at its own share, not the prior", () => {
    // The honest twin: a shop near the town, a tenth of whose buyers of the category live there.
    const local = Array.from({ length: 23 }, (_, i) => buy(100 + i, ago((i + 1) * 40 * MIN + 2 * HOUR), i % 8 === 0));
    const facts = dropBurstFacts(inTown, [key], [...local.flat(), ...drop]);
    expect(facts.accounts).toBe(3);
    expect(facts.pValue).toBeGreaterThan(0.01);
  });
});

describe("a launch-day burst under one surname", () => {
  // A busy ward: a fifth of the shop's buyers of the category. Six of 30 at a drop is no burst.
  const busyWard = () =>
    Array.from({ length: 30 }, (_, i) => buy(100 + i, ago((i + 1) * 20 * HOUR), i % 5 === 0)).flat();
  const drop = (relatives: number) =>
    Array.from({ length: 30 }, (_, i) =>
      buy(i + 1, ago((i + 1) * 40_000), i < 6, `cust-${i + 1}`, i < relatives ? "山田" : `姓${i + 1}`),
    ).flat();

  it("finds three others of the order's surname in a ward too busy to single out", () => {
    const anyone = dropBurstFacts({ ...self, surnameKey: null }, [key], [...busyWard(), ...drop(3)]);
    expect(anyone.pValue).toBeGreaterThan(0.001);
    const facts = dropBurstFacts(self, [key], [...busyWard(), ...drop(3)]);
    expect(facts.surname).toBe(true);
    expect(facts.accounts).toBe(4);
    expect(facts.orderIds.sort()).toEqual(["B-1", "B-2", "B-3"]);
    // The ward's share (6.2 of 50 earlier buys) times the surname's prior among its buyers.
    expect(facts.share).toBeCloseTo((6.2 / 50) * ((20 * SURNAME_PRIOR_SHARE) / 26), 5);
    expect(facts.pValue).toBeLessThan(0.001);
  });

  it("takes one relative who also bought the release as chance", () => {
    const facts = dropBurstFacts(self, [key], [...busyWard(), ...drop(1)]);
    expect(facts.pValue).toBeGreaterThan(0.001);
  });

  it("weighs a surname many of the city's buyers carry by its share there", () => {
    const yamadaWard = Array.from({ length: 30 }, (_, i) =>
      buy(100 + i, ago((i + 1) * 20 * HOUR), i % 5 === 0, `cust-${100 + i}`, i % 10 === 0 ? "山田" : `姓${i}`),
    ).flat();
    const facts = dropBurstFacts(self, [key], [...yamadaWard, ...drop(2)]);
    // Three of the ward's six earlier buyers are 山田: two more at the drop are usual for it.
    expect(facts.share).toBeCloseTo((6.2 / 50) * (3.4 / 26), 5);
    expect(facts.pValue).toBeGreaterThan(0.001);
  });
});

describe("the chance of at least k by Poisson", () => {
  it("answers 1 for none, 1 − e^−λ for one, and falls with k", () => {
    expect(poissonAtLeast(0, 0.5)).toBe(1);
    expect(poissonAtLeast(1, 0.5)).toBeCloseTo(1 - Math.exp(-0.5), 12);
    expect(poissonAtLeast(2, 0.5)).toBeCloseTo(1 - Math.exp(-0.5) * 1.5, 12);
    expect(poissonAtLeast(3, 0.1)).toBeLessThan(poissonAtLeast(2, 0.1));
    expect(poissonAtLeast(2, 0)).toBe(0);
  });
});
