import type { Order } from "@shinsa/shared";
import type { ListHit, NeighbourRow, RingStats, TokenRow } from "./history.js";
import { IDENTIFIER_KINDS, type IdentifierKind } from "./identifiers.js";
import type { OrderIdentity } from "./identity.js";
import type { SiteSettings } from "./settings.js";

// Everything the rules may look at, gathered once per order from the rows history.ts loaded.
// Pure: the same rows give the same facts, so rules are tested without a database.

/** Another order, once, with every kind of identifier it shares with this one. */
export type LinkedOrder = Omit<NeighbourRow, "kind" | "value"> & { via: IdentifierKind[] };

export type TokenStatus = "none" | "unknown" | "expired" | "valid" | "reused";

export interface WindowCounts {
  h1: number;
  h24: number;
  d7: number;
}

export interface OrderFacts {
  order: Order;
  placedAt: Date;
  settings: SiteSettings;
  identity: OrderIdentity;
  customerKey: string | null;
  token: { status: TokenStatus; reusedBy: string | null };
  device: TokenRow | null;
  /** Units of this order in resale-target categories, and all units. */
  riskyUnits: number;
  units: number;
  /** Neighbours linked by a strong identifier that is not a hub and not allow-listed. */
  linked: LinkedOrder[];
  /** Those of `linked` that join this order's group: everything but a family member's orders. */
  joined: LinkedOrder[];
  /** Identifier kinds whose value was shared by too many accounts to mean anything. */
  hubs: IdentifierKind[];
  /** Neighbours by weak identifiers only (hardware, IP, building). */
  weaklyLinked: LinkedOrder[];
  /** Orders placed before this one, per identifier kind, in the last hour, day and week. */
  velocity: Partial<Record<IdentifierKind, WindowCounts>>;
  /** Distinct accounts and surnames seen on this order's device or browser, itself included. */
  deviceUse: { accounts: number; surnames: number; persons: number };
  /** Distinct accounts and surnames shipping to this household, itself included. */
  household: { accounts: number; surnames: number; persons: number };
  /** This order and the orders it joins: one person's accounts or a ring. */
  group: {
    orders: number;
    accounts: number;
    persons: number;
    riskyUnits7d: number;
    units7d: number;
    orders24h: number;
  };
  /** The stored rings this order joins, added up: accounts beyond the orders it touches directly. */
  rings: { ringIds: string[]; orders: number; accounts: number; labeled: number };
  /** This order and those tied to it by any evidence, buying resale targets within 72 hours. */
  resaleCluster: { accounts: number; riskyUnits: number };
  denyHits: ListHit[];
  allowed: IdentifierKind[];
  /** The same customer account's earlier orders. */
  customer: { previousOrders: number; meanAmount: number | null };
}

const HOUR = 3_600_000;
const FRAUD_LABELS = new Set(["fraud", "chargeback", "resale"]);
export const isFraudLabel = (label: string | null) => label !== null && FRAUD_LABELS.has(label);

export interface FactInputs {
  order: Order;
  placedAt: Date;
  settings: SiteSettings;
  identity: OrderIdentity;
  customerKey: string | null;
  personKey: string | null;
  surnameKey: string | null;
  token: OrderFacts["token"];
  device: TokenRow | null;
  riskyUnits: number;
  units: number;
  neighbours: NeighbourRow[];
  listHits: ListHit[];
  ringStats?: RingStats[];
}

// A link through one of these: the two orders come from one home.
const DOOR_KINDS = new Set<IdentifierKind>(["shippingAddress", "billingAddress", "household"]);

/**
 * Two different people of one family: same surname, different full names; or, at one door, one of
 * them under a name whose surname cannot be told (identity.ts: a foreign-born spouse who kept their
 * own name), where a differing surname says nothing.
 */
export function isFamilyPair(a: { personKey: string | null; surnameKey: string | null }, b: LinkedOrder): boolean {
  if (a.personKey === null || b.personKey === null || b.personKey === a.personKey) return false;
  if (a.surnameKey !== null && a.surnameKey === b.surnameKey) return true;
  return b.via.some((k) => DOOR_KINDS.has(k)) && (a.surnameKey === null || b.surnameKey === null);
}

// One account is one person, whatever names it ships to; so is an e-mail; so is a card in its
// holder's own hands (one buyer's accounts under two kanji of one name). A card carrying a
// relative's name, or another's, is a family's card passing from hand to hand (a parent's card for
// a student's order): it joins a family pair only in a resale burst, and card_holder_mismatch
// judges a stranger's name.
const PERSONAL_KINDS = new Set<IdentifierKind>(["account", "email"]);
const inHoldersHands = (match: OrderIdentity["holderMatch"]) => match === "match" || match === "unknown";

export function buildFacts(input: FactInputs): OrderFacts {
  const allowed = [...new Set(input.listHits.filter((h) => h.list === "allow").map((h) => h.kind))];
  const allowedValues = new Set(input.listHits.filter((h) => h.list === "allow").map((h) => h.value));
  const byValue = groupBy(input.neighbours, (r) => `${r.kind}:${r.value}`);
  const hubs = new Set<IdentifierKind>();
  for (const rows of byValue.values()) {
    const accounts = new Set(rows.map((r) => r.customerKey ?? r.personKey ?? r.orderId));
    const first = rows[0];
    if (first && first.kind !== "account" && accounts.size >= input.settings.hubAccounts) hubs.add(first.kind);
  }
  // Hardware that many accounts share is a popular model, not one machine: in one city too.
  if (hubs.has("hardware")) hubs.add("machineArea");

  // Every neighbour order with the kinds it shares with this one.
  const neighbours = new Map<string, LinkedOrder>();
  for (const row of input.neighbours) {
    // A hub joins strangers; an allow-listed value or an order a person confirmed legit is no evidence.
    if (hubs.has(row.kind) || allowedValues.has(row.value) || row.label === "legit") continue;
    const linked = neighbours.get(row.orderId) ?? toLinked(row);
    if (!linked.via.includes(row.kind)) linked.via.push(row.kind);
    neighbours.set(row.orderId, linked);
  }
  const linked: LinkedOrder[] = [];
  const weaklyLinked: LinkedOrder[] = [];
  for (const n of neighbours.values()) (isLink(n.via) ? linked : weaklyLinked).push(n);
  const since = (ms: number) => (l: { placedAt: Date }) => input.placedAt.getTime() - l.placedAt.getTime() <= ms;
  const near = (ms: number) => (l: { placedAt: Date }) =>
    Math.abs(input.placedAt.getTime() - l.placedAt.getTime()) <= ms;
  // A family is told from a ring by what it buys: relatives at one door do not all buy the
  // launch-day console within the same week.
  const resaleBurst = (l: LinkedOrder) => input.riskyUnits > 0 && l.riskyUnits > 0 && near(168 * HOUR)(l);
  const personal = (k: IdentifierKind) =>
    PERSONAL_KINDS.has(k) || (k === "card" && inHoldersHands(input.identity.holderMatch));
  const joined = linked.filter((l) => l.via.some(personal) || !isFamilyPair(input, l) || resaleBurst(l));

  const velocity: OrderFacts["velocity"] = {};
  for (const rows of byValue.values()) {
    const kind = rows[0]?.kind;
    if (!kind) continue;
    const before = rows.filter((r) => r.placedAt <= input.placedAt);
    const counts = {
      h1: before.filter(since(HOUR)).length,
      h24: before.filter(since(24 * HOUR)).length,
      d7: before.filter(since(168 * HOUR)).length,
    };
    const prev = velocity[kind];
    velocity[kind] = prev
      ? { h1: Math.max(prev.h1, counts.h1), h24: Math.max(prev.h24, counts.h24), d7: Math.max(prev.d7, counts.d7) }
      : counts;
  }

  const self = { customerKey: input.customerKey, personKey: input.personKey, surnameKey: input.surnameKey };
  const on = (kinds: IdentifierKind[]) => [self, ...input.neighbours.filter((r) => kinds.includes(r.kind))];
  const group = [...joined, { ...self, placedAt: input.placedAt, riskyUnits: input.riskyUnits, units: input.units }];
  const week = group.filter(since(168 * HOUR));
  // Everything tied to this order by a link, the same place, or two kinds of weaker evidence,
  // buying resale targets within three days of it: the shape of a drop-day ring.
  const cluster = [
    { ...self, riskyUnits: input.riskyUnits },
    ...[...linked, ...weaklyLinked].filter((l) => {
      const sources = evidenceSources(l.via);
      return l.riskyUnits > 0 && near(72 * HOUR)(l) && (isLink(l.via) || sources.has("place") || sources.size >= 2);
    }),
  ];
  const previous = input.neighbours.filter((r) => r.kind === "account" && r.placedAt <= input.placedAt);
  const amounts = previous.map((r) => r.amount).filter((a): a is number => a !== null);

  return {
    order: input.order,
    placedAt: input.placedAt,
    settings: input.settings,
    identity: input.identity,
    customerKey: input.customerKey,
    token: input.token,
    device: input.device,
    riskyUnits: input.riskyUnits,
    units: input.units,
    linked,
    joined,
    hubs: [...hubs],
    weaklyLinked,
    velocity,
    deviceUse: distinct([self, ...linked.filter((l) => l.via.includes("device") || l.via.includes("visitor"))]),
    household: distinct(on(["household", "shippingAddress"])),
    group: {
      orders: group.length,
      accounts: countDistinct(group.map((g) => g.customerKey)),
      persons: countDistinct(group.map((g) => g.personKey)),
      riskyUnits7d: week.reduce((s, g) => s + g.riskyUnits, 0),
      units7d: week.reduce((s, g) => s + g.units, 0),
      orders24h: group.filter(since(24 * HOUR)).length,
    },
    rings: sumRings(joined, input.ringStats ?? []),
    resaleCluster: {
      accounts: countDistinct(cluster.map((c) => c.customerKey ?? c.personKey)),
      riskyUnits: cluster.reduce((sum, c) => sum + c.riskyUnits, 0),
    },
    denyHits: input.listHits.filter((h) => h.list === "deny"),
    allowed,
    customer: {
      previousOrders: previous.length,
      meanAmount: amounts.length ? amounts.reduce((a, b) => a + b, 0) / amounts.length : null,
    },
  };
}

/**
 * Whether shared identifiers make a link: any strong one, or the same place (household or
 * building) together with the same machine (device fingerprint or hardware) or network (IP).
 * Identical phones of one model share a fingerprint, and a carrier's NAT gives strangers one IP,
 * so machine and network together still happen to strangers; a door does not.
 */
export function isLink(via: IdentifierKind[]): boolean {
  if (via.some((k) => IDENTIFIER_KINDS[k] === "strong")) return true;
  const sources = evidenceSources(via);
  return sources.has("place") && sources.size >= 2;
}

export const evidenceSources = (via: IdentifierKind[]) => new Set(via.map((k) => EVIDENCE_SOURCE[k]));

const EVIDENCE_SOURCE: Partial<Record<IdentifierKind, string>> = {
  device: "machine",
  hardware: "machine",
  household: "place",
  building: "place",
  ip: "network",
};

function sumRings(joined: LinkedOrder[], stats: RingStats[]): OrderFacts["rings"] {
  const ids = new Set(joined.map((j) => j.ringId).filter((r): r is string => r !== null));
  const mine = stats.filter((s) => ids.has(s.ringId));
  return {
    ringIds: mine.map((s) => s.ringId),
    orders: mine.reduce((n, s) => n + s.orders, 0),
    accounts: mine.reduce((n, s) => n + s.accounts, 0),
    labeled: mine.reduce((n, s) => n + s.labeled, 0),
  };
}

function toLinked(row: NeighbourRow): LinkedOrder {
  const { kind: _kind, value: _value, ...rest } = row;
  return { ...rest, via: [] };
}

function distinct(rows: Array<{ customerKey: string | null; personKey: string | null; surnameKey: string | null }>) {
  return {
    accounts: countDistinct(rows.map((r) => r.customerKey)),
    surnames: countDistinct(rows.map((r) => r.surnameKey)),
    persons: countDistinct(rows.map((r) => r.personKey)),
  };
}

const countDistinct = (values: Array<string | null>) => new Set(values.filter((v) => v !== null)).size;

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
