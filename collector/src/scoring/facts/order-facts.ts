import type { Order } from "@shinsa/shared";
import type { IdentifierKind } from "../../lib/identifier.js";
import type { OrderIdentity } from "../identity.js";
import type { SiteSettings } from "../settings.js";
import type { AccountHistory } from "./account-history-facts.js";
import type { DeviceFacts, ListHit, Neighbour, TokenStatus } from "./inputs.js";

// Everything the rules may look at, gathered once per order by the builders of this folder
// (build-facts.ts). Pure: the same inputs give the same facts, so rules are tested without a database.

/** Another order, once, with every kind of identifier it shares with this one. */
export type LinkedOrder = Omit<Neighbour, "kind" | "value"> & { via: IdentifierKind[] };

export interface WindowCounts {
  h1: number;
  h24: number;
  d7: number;
}

/** The order's own keys, as its neighbours carry theirs. */
export interface SelfKeys {
  customerKey: string | null;
  personKey: string | null;
  surnameKey: string | null;
}

export interface OrderFacts {
  order: Order;
  placedAt: Date;
  settings: SiteSettings;
  identity: OrderIdentity;
  customerKey: string | null;
  /** The buyer's name and surname keys, as the linked orders carry theirs (a relative is told by them). */
  personKey: string | null;
  surnameKey: string | null;
  token: { status: TokenStatus; reusedBy: string | null };
  device: DeviceFacts | null;
  /** The shipped hosting network (cloud, VPS, VPN) the order's IP sits in, as listed; null elsewhere. */
  hostingNetwork: string | null;
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
  /**
   * The other accounts of the group under the buyer's own name, and how many of them were used only
   * at their sign-up, within 30 days either side of this one (group-facts.ts): a run of one-order
   * accounts, or an old account and a new one beside it. `resale`: of them, those that bought resale
   * targets within a week of this order, when it buys some too: two accounts kept for one drop.
   */
  nameAccounts: { accounts: number; fresh: number; resale: number };
  /**
   * Of all the group's other accounts, how many are not the buyer's relatives (the buyer's own name
   * among them), how many were used only at their sign-up within 30 days either side (group-facts.ts),
   * and how many bought resale targets within a week of this order, when it buys some too.
   */
  otherAccounts: { strangers: number; fresh: number; resale: number };
  /** The stored rings this order joins, added up: accounts beyond the orders it touches directly. */
  rings: { ringIds: string[]; orders: number; accounts: number; labeled: number };
  /** This order and those tied to it by any evidence, buying resale targets within 72 hours. */
  resaleCluster: {
    accounts: number;
    riskyUnits: number;
    /** Its other accounts' orders (this order's own account left out). */
    orderIds: string[];
  };
  /**
   * The least likely launch-day burst among the order's resale-target categories: accounts buying it
   * into this city within 30 minutes (this one included), on the whole site, the city's usual share
   * of the site's buyers of it, and the chance of that many by that share (drop-burst-facts.ts).
   */
  dropBurst: {
    category: string | null;
    accounts: number;
    siteAccounts: number;
    share: number;
    pValue: number;
    /** The other accounts' orders of the burst. */
    orderIds: string[];
    /** The burst counts the accounts under the order's own surname only, and `share` is theirs. */
    surname: boolean;
  };
  /** Linked orders held for a resale pattern in the 60 days around this one, and the latest of them. */
  resaleHistory: { orders: number; lastAt: Date | null };
  denyHits: ListHit[];
  allowed: IdentifierKind[];
  /** The same customer account's earlier orders. */
  customer: { previousOrders: number; previousResaleOrders: number; meanAmount: number | null };
  /** Whether this order continues the account's history: the same device, door and network as before. */
  accountHistory: AccountHistory;
}
