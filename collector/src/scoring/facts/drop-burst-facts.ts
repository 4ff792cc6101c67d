import { CITY_CATEGORY_ROWS, NEIGHBOURS_PER_IDENTIFIER } from "../../lib/history-bounds.js";
import type { Neighbour } from "./inputs.js";
import type { OrderFacts, SelfKeys } from "./order-facts.js";

// 転売 on launch day, seen from the map. A ring's accounts may share nothing — their own names,
// doors, phones, cards and lines — but they live where the ring lives: a handful of them buy the
// release into one city within minutes. Honest fans buy at the drop too, spread the way the shop's
// buyers always are. So the question is not "did others in this city buy it?" but "would this many,
// out of everyone who bought it in these minutes, land in this city by chance, given the city's
// usual share of the shop's buyers of this category?". A regional shop, whose buyers all live in
// one city, sees no burst; a national one sees three accounts of one ward in half an hour as rare.

/** How far either side of the order a buy still belongs to the same burst. */
export const BURST_WINDOW_MS = 30 * 60_000;

/**
 * Before the shop's own figures say otherwise, a city's share of its buyers. The key is a
 * municipality, a designated city's ward on its own (address.ts never keys 横浜市 whole), so the
 * largest is 世田谷区, about 0.75% of Japan's people; 1% leaves room for a shop's buyers leaning
 * to big cities.
 */
export const PRIOR_SHARE = 0.01;

/**
 * The same for a town or village (町, 村). A town of 50,000 people may become a city (地方自治法
 * 第8条), so the largest towns stay near that size, about 0.04% of Japan's people; 0.1% is more
 * than twice it. Under the city's 1%, a ring living in a town of 10,000 needed four accounts at
 * one drop of 28 buyers before the town's share, still mostly prior while the site's read holds a
 * few dozen earlier buys, called it unlikely (seed 4's 高浜町: three gave a chance of 0.7%).
 */
export const TOWN_PRIOR_SHARE = 0.001;

/** The prior share of a municipality as the address names it (address.ts: 大飯郡高浜町, 神戸市垂水区). */
export const priorShareOf = (city: string | null | undefined) =>
  city && /[町村]$/.test(city) ? TOWN_PRIOR_SHARE : PRIOR_SHARE;

/** How many earlier buys the prior weighs as: a shop's own history outweighs it after a few dozen. */
const PRIOR_WEIGHT = 20;

/**
 * Before the city's own buyers say otherwise, a surname's share of them. The commonest surname,
 * 佐藤, is about 1.5% of Japan's people; 2% leaves room for names that gather in one region (比嘉
 * in 沖縄). The city's earlier buyers of the category update it, weighed the same way.
 */
export const SURNAME_PRIOR_SHARE = 0.02;

/** One resale-target category of the order, with its keyed values (identifiers.ts, getDropKeys). */
export interface DropKey {
  category: string;
  site: string;
  /** Null when the shipping address names no city. */
  area: string | null;
}

const NONE: OrderFacts["dropBurst"] = {
  category: null,
  accounts: 1,
  siteAccounts: 1,
  share: PRIOR_SHARE,
  pValue: 1,
  orderIds: [],
  surname: false,
};

/**
 * The least likely burst among the order's categories: how many accounts bought it into this city
 * within BURST_WINDOW_MS (this one included), how many on the whole site, the city's usual share, and
 * the chance of at least that many by the usual share (Poisson). When a read cannot see the whole
 * window — more buys on the site, or into the city, than it loads — there is no judgement: a big
 * release is no burst.
 *
 * Within the city, the accounts under the order's own surname are weighed too: a ring's members are
 * often relatives, or one person under a relative's name, and in a release big enough to hide four
 * accounts of one ward, three of one surname in it are still rare. Their chance is the city's share
 * times the surname's share of the city's buyers; the less likely of the two readings is the burst.
 */
export function dropBurstFacts(
  self: SelfKeys & {
    placedAt: Date;
    /** The rings of the orders this one joins: its own group, whose other buys are no city's usual. */
    ringIds?: readonly (string | null)[];
    /** The order's city's share of the shop's buyers before its own figures say (priorShareOf). */
    priorShare: number;
  },
  keys: readonly DropKey[],
  rows: readonly Neighbour[],
): OrderFacts["dropBurst"] {
  let best = NONE;
  const me = buyerOf(self);
  const from = self.placedAt.getTime() - BURST_WINDOW_MS;
  const to = self.placedAt.getTime() + BURST_WINDOW_MS;
  const inWindow = (r: Neighbour) => r.placedAt.getTime() >= from && r.placedAt.getTime() <= to;
  const others = (r: Neighbour) => me === null || buyerOf(r) !== me;
  for (const key of keys) {
    if (!key.area) continue;
    const site = rows.filter((r) => r.kind === "siteCategory" && r.value === key.site);
    const area = rows.filter((r) => r.kind === "areaCategory" && r.value === key.area);
    const since = Math.max(seenFrom(site, NEIGHBOURS_PER_IDENTIFIER), seenFrom(area, CITY_CATEGORY_ROWS));
    // A window not seen whole (a release too big for the read, or a city too busy) is not judged.
    if (since >= from) continue;
    const areaNow = area.filter((r) => inWindow(r) && others(r));
    const burstBuyers = new Set(areaNow.map(buyerOf));
    if (burstBuyers.size === 0) continue;
    const siteBuyers = new Set(site.filter((r) => inWindow(r) && others(r)).map(buyerOf));
    // The city's usual share, from the buys before the window over the span both reads hold,
    // leaving out the accounts being judged and the groups they stand in: a ring's members who
    // restocked into the city between drops would otherwise make its next drop look usual.
    // (Only a row into the city says its ring; the same order's row on the site goes with it.)
    const groups = new Set([...areaNow.map((r) => r.ringId), ...(self.ringIds ?? [])].filter((g) => g !== null));
    const ofGroups = new Set(area.filter((r) => r.ringId !== null && groups.has(r.ringId)).map((r) => r.orderId));
    const usual = (r: Neighbour) =>
      r.placedAt.getTime() >= since &&
      r.placedAt.getTime() < from &&
      !burstBuyers.has(buyerOf(r)) &&
      !ofGroups.has(r.orderId) &&
      others(r);
    const siteBefore = site.filter(usual).length;
    const areaBefore = area.filter(usual);
    const share = (areaBefore.length + PRIOR_WEIGHT * self.priorShare) / (siteBefore + PRIOR_WEIGHT);
    const pValue = poissonAtLeast(burstBuyers.size, share * siteBuyers.size);
    if (pValue < best.pValue) {
      best = {
        category: key.category,
        accounts: burstBuyers.size + 1,
        siteAccounts: siteBuyers.size + 1,
        share,
        pValue,
        orderIds: [...new Set(areaNow.map((r) => r.orderId))],
        surname: false,
      };
    }
    if (!self.surnameKey) continue;
    const kinNow = areaNow.filter((r) => r.surnameKey === self.surnameKey);
    const kin = new Set(kinNow.map(buyerOf));
    if (kin.size === 0) continue;
    const kinBefore = areaBefore.filter((r) => r.surnameKey === self.surnameKey).length;
    const kinShare = (kinBefore + PRIOR_WEIGHT * SURNAME_PRIOR_SHARE) / (areaBefore.length + PRIOR_WEIGHT);
    const kinP = poissonAtLeast(kin.size, share * kinShare * siteBuyers.size);
    if (kinP < best.pValue) {
      best = {
        category: key.category,
        accounts: kin.size + 1,
        siteAccounts: siteBuyers.size + 1,
        share: share * kinShare,
        pValue: kinP,
        orderIds: [...new Set(kinNow.map((r) => r.orderId))],
        surname: true,
      };
    }
  }
  return best;
}

/** Each read holds its newest rows only: at its bound, it sees back to its oldest row and no further. */
const seenFrom = (read: readonly Neighbour[], bound: number) =>
  read.length >= bound ? Math.min(...read.map((r) => r.placedAt.getTime())) : Number.NEGATIVE_INFINITY;

/** An account, else a buyer's name, else the order alone. */
const buyerOf = (r: SelfKeys & { orderId?: string }) => r.customerKey ?? r.personKey ?? r.orderId ?? null;

/** P(X ≥ k) for X ~ Poisson(λ). */
export function poissonAtLeast(k: number, lambda: number): number {
  if (k <= 0) return 1;
  if (lambda <= 0) return 0;
  let term = Math.exp(-lambda);
  let below = term;
  for (let i = 1; i < k; i++) {
    term *= lambda / i;
    below += term;
  }
  return Math.max(0, 1 - below);
}
