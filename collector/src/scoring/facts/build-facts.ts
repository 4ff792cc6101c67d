import type { Order } from "@shinsa/shared";
import { isContext } from "../../lib/identifier.js";
import type { NetworkKind } from "../../lib/network-kind.js";
import { getLinkableUnitKey } from "../../normalize/index.js";
import type { OrderIdentity } from "../identity.js";
import { OWNERS_DETAILS } from "../owners-details.js";
import type { SiteSettings } from "../settings.js";
import { accountHistoryFacts } from "./account-history-facts.js";
import { customerFacts } from "./customer-facts.js";
import { type DropKey, dropBurstFacts, priorShareOf } from "./drop-burst-facts.js";
import {
  deviceUseFacts,
  groupFacts,
  householdFacts,
  nameAccountsFacts,
  otherAccountsFacts,
  resaleClusterFacts,
  resaleHistoryFacts,
  ringFacts,
} from "./group-facts.js";
import type { DeviceFacts, ListHit, Neighbour, RingStats } from "./inputs.js";
import { byIdentifier, doorsOfBuilding, findHubs, joinedOf, linkNeighbours } from "./link-facts.js";
import { listFacts } from "./list-facts.js";
import type { OrderFacts, SelfKeys } from "./order-facts.js";
import { velocityFacts } from "./velocity-facts.js";
import { resaleWeek } from "./windows.js";

export interface FactInputs extends SelfKeys {
  order: Order;
  placedAt: Date;
  settings: SiteSettings;
  identity: OrderIdentity;
  token: OrderFacts["token"];
  device: DeviceFacts | null;
  riskyUnits: number;
  units: number;
  neighbours: Neighbour[];
  listHits: ListHit[];
  ringStats?: RingStats[];
  /** The listed hosting network the order's IP sits in (the use case looks it up). */
  hostingNetwork?: string | null;
  /** The kind of network the order's IP sits in (the use case looks it up). */
  network?: NetworkKind | null;
  /** The order's resale-target categories with their keyed values (identifiers.ts, getDropKeys). */
  dropKeys?: DropKey[];
}

/** The facts of one order, from what the use case read: links first, then what they add up to. */
export function buildFacts(input: FactInputs): OrderFacts {
  const { placedAt } = input;
  // Context rows (a category bought on the site, into a city) tie no order to another: they are
  // counted for a launch-day burst and kept out of every link.
  const context = input.neighbours.filter((r) => isContext(r.kind));
  const neighbours = doorsOfBuilding(
    input.neighbours.filter((r) => !isContext(r.kind)),
    roomKnown(input.identity),
  );
  const self = { customerKey: input.customerKey, personKey: input.personKey, surnameKey: input.surnameKey };
  const byValue = byIdentifier(neighbours);
  const hubs = findHubs(byValue, input.settings.hubAccounts);
  const lists = listFacts(input.listHits, hubs);
  // A takeover's ties through the owner's details are the owner's (owners-details.ts); its orders are
  // none of the account's habits or record either.
  const ties = neighbours.filter((r) => !(r.takeover && OWNERS_DETAILS.has(r.kind)));
  const ownersOwn = neighbours.filter((r) => !r.takeover);
  const { linked, weaklyLinked } = linkNeighbours(
    ties,
    { hubs, allowedValues: lists.allowedValues },
    resaleWeek({ placedAt, riskyUnits: input.riskyUnits }),
  );
  const joined = joinedOf(linked, {
    ...self,
    placedAt,
    riskyUnits: input.riskyUnits,
    holderMatch: input.identity.holderMatch,
    personalPhone: personalPhone(input.identity),
  });
  const withUnits = { ...self, placedAt, riskyUnits: input.riskyUnits, units: input.units };
  return {
    order: input.order,
    placedAt,
    settings: input.settings,
    identity: input.identity,
    customerKey: input.customerKey,
    personKey: input.personKey,
    surnameKey: input.surnameKey,
    token: input.token,
    device: input.device,
    hostingNetwork: input.hostingNetwork ?? null,
    riskyUnits: input.riskyUnits,
    units: input.units,
    linked,
    joined,
    hubs: [...hubs],
    weaklyLinked,
    velocity: velocityFacts(byValue, placedAt),
    deviceUse: deviceUseFacts(self, linked),
    household: householdFacts(self, neighbours),
    group: groupFacts(withUnits, joined),
    nameAccounts: nameAccountsFacts(withUnits, joined),
    otherAccounts: otherAccountsFacts(withUnits, joined),
    rings: ringFacts(joined, input.ringStats ?? []),
    resaleCluster: resaleClusterFacts(withUnits, [...linked, ...weaklyLinked]),
    dropBurst: dropBurstFacts(
      {
        ...self,
        placedAt,
        ringIds: joined.map((j) => j.ringId),
        priorShare: priorShareOf(input.identity.shippingAddress?.city),
      },
      input.dropKeys ?? [],
      context,
    ),
    resaleHistory: resaleHistoryFacts(withUnits, joined),
    denyHits: lists.denyHits,
    allowed: lists.allowed,
    customer: customerFacts(ownersOwn, placedAt),
    accountHistory: accountHistoryFacts(ownersOwn, {
      identity: input.identity,
      device: input.device,
      placedAt,
      riskyUnits: input.riskyUnits,
      ip: Boolean(input.order.ip ?? input.device?.ip),
      network: input.network ?? null,
    }),
  };
}

/** The order's phones are someone's own (mobile or 050), none a fixed line a household shares. */
function personalPhone(identity: OrderIdentity): boolean {
  const phones = identity.phones.filter((p) => p.type !== "invalid");
  return phones.length > 0 && phones.every((p) => p.type === "mobile" || p.type === "ip_phone");
}

/** The shipping address names its room as written, surely enough to link on (normalize/address-link.ts). */
function roomKnown(identity: OrderIdentity): boolean {
  const address = identity.shippingAddress;
  return address !== null && address.confidence.room === "written" && getLinkableUnitKey(address) !== null;
}
