import { signalValue } from "@shinsa/shared";
import type { IdentifierKind } from "../../lib/identifier.js";
import { JST_OFFSET_MINUTES, jstHour } from "../../lib/japan-time.js";
import type { NetworkKind } from "../../lib/network-kind.js";
import { isHoldForPickup, isPickUpPoint } from "../../normalize/index.js";
import type { OrderIdentity } from "../identity.js";
import type { DeviceFacts, Neighbour } from "./inputs.js";
import { HOUR } from "./windows.js";

// Whether this order continues its account's own history: an account's age and good record speak
// for the person who built them, and only while the order looks like theirs. A takeover is an old
// account's order that breaks with several habits at once (a stranger's device, a first-ever door).

/**
 * The breaks beyond a new machine and a new door (habitBreaks) past which an order continues none of
 * its account's history: another recipient's name, a network never used, resale goods, or a stranger's
 * sign. The owner's present from a new phone of theirs breaks one or two.
 */
export const HISTORY_BREAKS = 3;

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
  /** With a device (or, without a token, a network) and a door both new: the habits the order breaks (else none). */
  breaks: HabitBreak[];
}

export function accountHistoryFacts(
  neighbours: Neighbour[],
  order: {
    identity: OrderIdentity;
    device: DeviceFacts | null;
    placedAt: Date;
    riskyUnits: number;
    ip: boolean;
    network: NetworkKind | null;
  },
): AccountHistory {
  const { placedAt } = order;
  const before = neighbours.filter((r) => r.kind === "account" && r.placedAt <= placedAt);
  // A habit is what the account did before today: a stranger who got in drains it within hours,
  // and their first order must not make their own device and drop look like the account's habits
  // for the second. An account whose whole history is today compares with all of it.
  const older = before.filter((r) => placedAt.getTime() - r.placedAt.getTime() >= 24 * HOUR);
  const earlier = new Set((older.length > 0 ? older : before).map((r) => r.orderId));
  const shares = (kinds: IdentifierKind[]) => neighbours.some((r) => kinds.includes(r.kind) && earlier.has(r.orderId));
  const sameDevice = order.device ? shares(DEVICE_KINDS) : null;
  const sameDoor = shares(DOOR_KINDS);
  const sameNetwork = order.ip ? shares(["ip"]) : null;
  // The device is the first habit compared; an order sent without the script (a shop that only
  // posts orders) is compared by its network instead: an IP the account never used.
  const newMachine = sameDevice === false || (sameDevice === null && sameNetwork === false);
  const broken = earlier.size > 0 && newMachine && !sameDoor;
  return {
    previousOrders: new Set(before.map((r) => r.orderId)).size,
    sameDevice,
    sameDoor,
    sameNetwork,
    breaks: broken ? habitBreaks(order, sameNetwork, networksUsed(neighbours, earlier)) : [],
  };
}

export interface HabitBreak {
  ja: string;
  en: string;
  /** What the owner does not do even when sending a present from a new phone. */
  stranger: boolean;
}

/** The kinds of network the account's earlier orders came from, where their addresses are known. */
function networksUsed(neighbours: Neighbour[], earlier: Set<string>): Set<NetworkKind> {
  const used = new Set<NetworkKind>();
  for (const r of neighbours) if (r.kind === "account" && earlier.has(r.orderId) && r.network) used.add(r.network);
  return used;
}

/** The habits a stranger in someone's account breaks beyond device and door, as a reviewer reads them. */
function habitBreaks(
  order: {
    identity: OrderIdentity;
    device: DeviceFacts | null;
    placedAt: Date;
    riskyUnits: number;
    network: NetworkKind | null;
  },
  sameNetwork: boolean | null,
  networksUsed: Set<NetworkKind>,
): HabitBreak[] {
  const { identity, device, placedAt, riskyUnits } = order;
  const found: HabitBreak[] = [];
  // A relative's name (the buyer's surname, another given name) is a present home, to parents or
  // to a child living away (仕送り), which regulars send at any hour from any phone: no break.
  const relative = identity.shippingSurnameKey !== null && identity.shippingSurnameKey === identity.surnameKey;
  if (
    identity.shippingPersonKey &&
    identity.personKey &&
    identity.shippingPersonKey !== identity.personKey &&
    !relative
  )
    found.push({ ja: "別名義の受取人", en: "another recipient's name", stranger: false });
  // A network the account never used is one break, named by its kind where that says more. A
  // hosting or VPN network where the account has only ever shopped from homes and phones is a
  // stranger's proxy, not the owner's new phone. A network registered abroad, for a door in Japan,
  // is not a stranger's: owners send presents home from trips abroad (measured in the quality
  // bench: as a stranger's break it sent 4–11% of regulars' presents to review). A kind is judged
  // only against a history whose addresses are known, and an account that has used such a network
  // before (a VPN user, someone living abroad) breaks nothing new by using it again.
  if (sameNetwork === false) found.push(networkBreak(order, networksUsed));
  if (riskyUnits > 0) found.push({ ja: "転売対象の商品", en: "resale goods", stranger: false });
  // The clock, not the language: foreign residents in Japan browse in English or Chinese on Japan time.
  const offset = device ? signalValue(device.signals, "timezone")?.offset : undefined;
  if (offset !== undefined && offset !== JST_OFFSET_MINUTES)
    found.push({ ja: "海外のタイムゾーン", en: "a clock set outside Japan", stranger: true });
  // Night in Japan, for a door in Japan: when account owners sleep and takeovers are tried.
  if (identity.shippingAddress?.prefecture && jstHour(placedAt) < 6)
    found.push({ ja: "深夜の注文", en: "placed at night", stranger: true });
  // A forwarder's customer code, a PO box, a c/o, or a hold for someone else: a hold in the buyer's
  // own name is how people out all day get their parcels.
  const ownName = identity.shippingPersonKey === identity.personKey;
  const hints = (identity.shippingAddress?.forwarderHints ?? []).filter(
    (h) => !isPickUpPoint(h) && !(ownName && isHoldForPickup(h)),
  );
  if (hints.length > 0) found.push({ ja: "転送・留め置きの配送先", en: "a forwarder or hold address", stranger: true });
  return found;
}

function networkBreak(
  order: { identity: OrderIdentity; network: NetworkKind | null },
  networksUsed: Set<NetworkKind>,
): HabitBreak {
  const newKind = networksUsed.size > 0 && order.network !== null && !networksUsed.has(order.network);
  if (newKind && order.network === "hosting")
    return { ja: "初めてのデータセンター・VPN 回線", en: "a hosting or VPN network it never used", stranger: true };
  if (newKind && order.network === "abroad" && order.identity.shippingAddress?.prefecture)
    return { ja: "初めての海外の回線", en: "a network abroad it never used", stranger: false };
  return { ja: "初めてのネットワーク", en: "a network it never used", stranger: false };
}
