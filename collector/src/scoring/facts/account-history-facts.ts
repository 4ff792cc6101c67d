import type { IdentifierKind } from "../../lib/identifier.js";
import type { Neighbour } from "./inputs.js";

// Whether this order continues its account's own history: an account's age and good record speak
// for the person who built them, and only while the order looks like theirs. A takeover is an old
// account's order that breaks with several habits at once (a stranger's device, a first-ever door).

const DEVICE_KINDS: IdentifierKind[] = ["device", "visitor", "hardware"];
const DOOR_KINDS: IdentifierKind[] = ["shippingAddress", "household"];

export interface AccountHistory {
  /** The account's earlier orders that were read (at most the neighbours read per identifier). */
  previousOrders: number;
  /** One of them came from this order's browser, device or hardware; null when this order has no device. */
  sameDevice: boolean | null;
  /** One of them shipped to this order's door. */
  sameDoor: boolean;
  /** One of them came from this order's IP address; null when this order has none. */
  sameNetwork: boolean | null;
}

export function accountHistoryFacts(
  neighbours: Neighbour[],
  placedAt: Date,
  has: { device: boolean; ip: boolean },
): AccountHistory {
  const earlier = new Set(
    neighbours.filter((r) => r.kind === "account" && r.placedAt <= placedAt).map((r) => r.orderId),
  );
  const shares = (kinds: IdentifierKind[]) => neighbours.some((r) => kinds.includes(r.kind) && earlier.has(r.orderId));
  return {
    previousOrders: earlier.size,
    sameDevice: has.device ? shares(DEVICE_KINDS) : null,
    sameDoor: shares(DOOR_KINDS),
    sameNetwork: has.ip ? shares(["ip"]) : null,
  };
}
