import type { IdentifierKind } from "../../lib/identifier.js";
import type { Neighbour, OrderUnits, RingStats } from "./inputs.js";
import { evidenceSources, isFamilyPair, isLink, isSamePerson } from "./link-facts.js";
import type { LinkedOrder, OrderFacts, SelfKeys } from "./order-facts.js";
import { HOUR, near, resaleWeek, since } from "./windows.js";

// How many accounts, names and units stand behind the order: on its device, at its door, in its
// group and rings, and around it on a drop day.

type Self = SelfKeys & OrderUnits & { placedAt: Date };

/** This order and the orders it joins: one person's accounts or a ring. */
export function groupFacts(self: Self, joined: LinkedOrder[]): OrderFacts["group"] {
  const group = [...joined, self];
  const week = group.filter(since(self.placedAt, 168 * HOUR));
  return {
    orders: group.length,
    accounts: countDistinct(group.map((g) => g.customerKey)),
    // Another writing of the buyer's own name is the buyer.
    persons: countDistinct([self, ...joined.filter((j) => !isSamePerson(self, j))].map((g) => g.personKey)),
    riskyUnits7d: week.reduce((s, g) => s + g.riskyUnits, 0),
    units7d: week.reduce((s, g) => s + g.units, 0),
    orders24h: group.filter(since(self.placedAt, 24 * HOUR)).length,
  };
}

/** How far apart two fresh accounts of one buyer still read as one run of sign-ups. */
const FRESH_ACCOUNT_DAYS = 30;

/**
 * The group's other accounts under the buyer's own name, and those used only at their sign-up: every
 * order of theirs the read holds was placed within a day of opening the account, one of them within
 * FRESH_ACCOUNT_DAYS of this order. That is a coupon taker's account, dropped after one order; an
 * account lost to a carrier change had orders after its first day, or had them long ago.
 */
export function nameAccountsFacts(self: Self, joined: LinkedOrder[]): OrderFacts["nameAccounts"] {
  if (self.personKey === null) return { accounts: 0, fresh: 0, resale: 0 };
  const { accounts, fresh, resale } = accountsBeside(self, joined, (j) => isSamePerson(self, j));
  return { accounts, fresh, resale };
}

/**
 * Of all the group's other accounts, whatever their names: how many are not the buyer's relatives (a
 * relative is another full name under the buyer's surname, or at the door a name whose surname cannot
 * be told; link-facts.ts, isFamilyPair), and how many were used only at their sign-up, as in
 * nameAccountsFacts, and how many bought resale targets in this order's week. Relatives' kept accounts
 * are a household; a run of dropped ones is not, nor are several accounts buying one drop.
 */
export function otherAccountsFacts(self: Self, joined: LinkedOrder[]): OrderFacts["otherAccounts"] {
  const beside = accountsBeside(self, joined, () => true);
  const strangers = beside.byAccount.filter((orders) => !orders.every((o) => isFamilyPair(self, o))).length;
  return { strangers, fresh: beside.fresh, resale: beside.resale };
}

function accountsBeside(self: Self, joined: LinkedOrder[], keep: (j: LinkedOrder) => boolean) {
  const near30 = near(self.placedAt, FRESH_ACCOUNT_DAYS * 24 * HOUR);
  const byAccount = new Map<string, LinkedOrder[]>();
  for (const j of joined) {
    if (j.customerKey === null || j.customerKey === self.customerKey || !keep(j)) continue;
    const orders = byAccount.get(j.customerKey);
    if (orders) orders.push(j);
    else byAccount.set(j.customerKey, [j]);
  }
  const accounts = [...byAccount.values()];
  const usedOnce = accounts.filter((orders) => orders.every((o) => o.newAccount) && orders.some(near30));
  // Accounts that bought resale targets within a week of this order, when it buys some too.
  const bothResale = resaleWeek(self);
  const resale = accounts.filter((orders) => orders.some(bothResale)).length;
  return { accounts: byAccount.size, fresh: usedOnce.length, resale, byAccount: accounts };
}

/** Distinct accounts, surnames and people on this order's device or browser, itself included. */
export const deviceUseFacts = (self: SelfKeys, linked: LinkedOrder[]) =>
  distinct([self, ...linked.filter((l) => l.via.includes("device") || l.via.includes("visitor"))]);

const HOUSEHOLD_KINDS: IdentifierKind[] = ["household", "shippingAddress"];

/** Distinct accounts, surnames and people shipping to this household, itself included. */
export const householdFacts = (self: SelfKeys, neighbours: Neighbour[]) =>
  distinct([self, ...neighbours.filter((r) => HOUSEHOLD_KINDS.includes(r.kind))]);

/** The stored rings this order joins, added up: accounts beyond the orders it touches directly. */
export function ringFacts(joined: LinkedOrder[], stats: RingStats[]): OrderFacts["rings"] {
  const ids = new Set(joined.map((j) => j.ringId).filter((r): r is string => r !== null));
  const mine = stats.filter((s) => ids.has(s.ringId));
  return {
    ringIds: mine.map((s) => s.ringId),
    orders: mine.reduce((n, s) => n + s.orders, 0),
    accounts: mine.reduce((n, s) => n + s.accounts, 0),
    labeled: mine.reduce((n, s) => n + s.labeled, 0),
  };
}

/**
 * Everything tied to this order by a link, the same door or building, or two kinds of weaker evidence,
 * buying resale targets within three days of it: the shape of a drop-day ring.
 */
export function resaleClusterFacts(self: Self, tied: LinkedOrder[]): OrderFacts["resaleCluster"] {
  const inThreeDays = near(self.placedAt, 72 * HOUR);
  const others = tied.filter((l) => {
    const sources = evidenceSources(l.via);
    const nearby = sources.has("place") || sources.has("building");
    return l.riskyUnits > 0 && inThreeDays(l) && (isLink(l.via, true) || nearby || sources.size >= 2);
  });
  const cluster = [self, ...others];
  return {
    accounts: countDistinct(cluster.map((c) => c.customerKey ?? c.personKey)),
    riskyUnits: cluster.reduce((sum, c) => sum + c.riskyUnits, 0),
    // Other accounts' orders only: what the same account bought is its own history, not a cluster.
    orderIds: [...new Set(others.filter((o) => !sameBuyer(o, self)).map((o) => o.orderId))],
  };
}

/** Days either side of the order in which a linked order held for a resale pattern still counts. */
export const RESALE_HISTORY_DAYS = 60;

/**
 * The linked orders (this account's own among them) scored with a resale pattern within
 * RESALE_HISTORY_DAYS, unless the merchant cleared them: a ring restocks between drops on its own,
 * one account at a time, and only its drop-day orders ever showed the group.
 */
export function resaleHistoryFacts(self: { placedAt: Date }, joined: LinkedOrder[]): OrderFacts["resaleHistory"] {
  const inWindow = near(self.placedAt, RESALE_HISTORY_DAYS * 24 * HOUR);
  const held = joined.filter((l) => l.resaleHeld && l.label !== "legit" && inWindow(l));
  const last = held.reduce<Date | null>((a, l) => (a === null || l.placedAt > a ? l.placedAt : a), null);
  return { orders: held.length, lastAt: last };
}

const sameBuyer = (a: SelfKeys, b: SelfKeys) =>
  (a.customerKey ?? a.personKey) !== null && (a.customerKey ?? a.personKey) === (b.customerKey ?? b.personKey);

function distinct(rows: SelfKeys[]) {
  return {
    accounts: countDistinct(rows.map((r) => r.customerKey)),
    surnames: countDistinct(rows.map((r) => r.surnameKey)),
    persons: countDistinct(rows.map((r) => r.personKey)),
  };
}

const countDistinct = (values: Array<string | null>) => new Set(values.filter((v) => v !== null)).size;
