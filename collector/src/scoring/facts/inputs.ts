import type { DeviceFlags, Signals } from "@shinsa/shared";
import type { IdentifierKind } from "../../lib/identifier.js";
import type { NetworkKind } from "../../lib/network-kind.js";

// What scoring is given to judge one order, as plain values: the use case reads them
// (orders/score-and-store.ts, through its queries); scoring never reads anything itself.

/** An earlier order that shares one identifier with this one: one row per identifier it shares. */
export interface Neighbour {
  kind: IdentifierKind;
  value: string;
  orderId: string;
  placedAt: Date;
  customerKey: string | null;
  personKey: string | null;
  surnameKey: string | null;
  amount: number | null;
  riskyUnits: number;
  units: number;
  ringId: string | null;
  label: string | null;
  /**
   * The order was scored an account takeover: a stranger's order in someone's account. What it
   * shares through the owner's saved details (owners-details.ts) is the owner's, not the stranger's.
   */
  takeover: boolean;
  /**
   * The order was scored with a resale pattern (several accounts of one group buying resale
   * targets): what a ring's later restocks, made apart from any drop, still carry.
   */
  resaleHeld: boolean;
  /** The order was scored `new_account`: its account was opened within a day of it. */
  newAccount: boolean;
  /** The kind of network the order came from (lib/network-kind.ts), null without an IP or before it was kept. */
  network: NetworkKind | null;
}

/** An entry of the site's negative (deny) or allow list that one of the order's identifiers matches. */
export interface ListHit {
  list: "deny" | "allow";
  kind: IdentifierKind;
  value: string;
  label: string | null;
  sourceOrderId: string | null;
}

/**
 * A ring as the order sees it: its other orders, never the order itself (which a re-score finds
 * stored in the ring), since the rules add the order's own account to these counts.
 */
export interface RingStats {
  ringId: string;
  orders: number;
  accounts: number;
  /** Orders of the ring with a fraud label. */
  labeled: number;
}

/** What the order's history holds about its identifiers. */
export interface LinkedHistory {
  neighbours: Neighbour[];
  listHits: ListHit[];
  ringStats: RingStats[];
}

/** The device behind the order's token, as its look-up judged it. */
export interface DeviceFacts {
  deviceId: string;
  hardwareId: string;
  visitorId: string;
  ip: string | null;
  flags: DeviceFlags;
  signals: Signals;
}

export type TokenStatus = "none" | "unknown" | "expired" | "valid" | "reused";

/** Units of the order in resale-target categories, and all units. */
export interface OrderUnits {
  riskyUnits: number;
  units: number;
}
