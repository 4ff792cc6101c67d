import { IDENTIFIER_KINDS, type IdentifierKind } from "../../lib/identifier.js";
import type { OrderIdentity } from "../identity.js";
import type { Neighbour } from "./inputs.js";
import type { LinkedOrder, SelfKeys } from "./order-facts.js";
import { resaleWeek } from "./windows.js";

// Which earlier orders link to this one, and which of those join its group (one person's accounts
// or a ring) rather than merely living at the same door.

/** The neighbours grouped by the identifier value they share, in the order they were read. */
export function byIdentifier(neighbours: Neighbour[]): Map<string, Neighbour[]> {
  const map = new Map<string, Neighbour[]>();
  for (const row of neighbours) {
    const key = `${row.kind}:${row.value}`;
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return map;
}

/**
 * An order whose room is known shares its door only with orders at that room (the unit key, kind
 * `shippingAddress`). An order that shares no more than the street address up to the 号 (kind
 * `household`) with it is another flat of the building: its household rows are re-kinded to
 * `building`, so the neighbours of an apartment block are neither one household of many names nor
 * linked by the building's shared broadband. Without a known room the building may be the door,
 * and the rows stay as they are.
 */
export function doorsOfBuilding(neighbours: Neighbour[], roomKnown: boolean): Neighbour[] {
  if (!roomKnown) return neighbours;
  const sameDoor = new Set(neighbours.filter((r) => r.kind === "shippingAddress").map((r) => r.orderId));
  return neighbours.map((r) => (r.kind === "household" && !sameDoor.has(r.orderId) ? { ...r, kind: "building" } : r));
}

/** Kinds of identifier whose value so many accounts share that it joins strangers (a forwarder, an office). */
export function findHubs(byValue: Map<string, Neighbour[]>, hubAccounts: number): Set<IdentifierKind> {
  const hubs = new Set<IdentifierKind>();
  for (const rows of byValue.values()) {
    const accounts = new Set(rows.map((r) => r.customerKey ?? r.personKey ?? r.orderId));
    const first = rows[0];
    if (first && first.kind !== "account" && accounts.size >= hubAccounts) hubs.add(first.kind);
  }
  // Hardware that many accounts share is a popular model, not one machine: in one city too. So is
  // hardware seen by a few accounts shipping to other cities: a reseller's PC sends to the ring's
  // doors in its own city, a model sells everywhere.
  if (hubs.has("hardware") || accountsElsewhere(byValue) >= HARDWARE_ACCOUNTS_ELSEWHERE) hubs.add("machineArea");
  return hubs;
}

/** Accounts on this order's hardware that ship outside its city: a model's other owners. */
const HARDWARE_ACCOUNTS_ELSEWHERE = 3;

function accountsElsewhere(byValue: Map<string, Neighbour[]>): number {
  const rowsOf = (kind: IdentifierKind) => [...byValue.values()].find((rows) => rows[0]?.kind === kind) ?? [];
  const accountOf = (r: Neighbour) => r.customerKey ?? r.personKey ?? r.orderId;
  const inCity = new Set(rowsOf("machineArea").map(accountOf));
  return new Set(
    rowsOf("hardware")
      .map(accountOf)
      .filter((a) => !inCity.has(a)),
  ).size;
}

/** Every neighbour order once, with the kinds it shares, split into links and weaker ties. */
export function linkNeighbours(
  neighbours: Neighbour[],
  skip: { hubs: Set<IdentifierKind>; allowedValues: Set<string> },
  /** Whether this order and that one both buy resale targets within a week of each other. */
  inResaleBurst: (order: LinkedOrder) => boolean = () => false,
): { linked: LinkedOrder[]; weaklyLinked: LinkedOrder[] } {
  const orders = new Map<string, LinkedOrder>();
  for (const row of neighbours) {
    // A hub joins strangers; an allow-listed value or an order a person confirmed legit is no evidence.
    if (skip.hubs.has(row.kind) || skip.allowedValues.has(row.value) || row.label === "legit") continue;
    const { kind: _kind, value: _value, ...rest } = row;
    const linked = orders.get(row.orderId) ?? { ...rest, via: [] };
    if (!linked.via.includes(row.kind)) linked.via.push(row.kind);
    orders.set(row.orderId, linked);
  }
  const linked: LinkedOrder[] = [];
  const weaklyLinked: LinkedOrder[] = [];
  for (const order of orders.values()) (isLink(order.via, inResaleBurst(order)) ? linked : weaklyLinked).push(order);
  return { linked, weaklyLinked };
}

// One account is one person, whatever names it ships to; so is a card in its holder's own hands
// (one buyer's accounts under two kanji of one name). A card carrying a relative's name, or
// another's, is a family's card passing from hand to hand (a parent's card for a student's order):
// it joins a family pair only in a resale burst, and card_holder_mismatch judges a stranger's name.
// An e-mail is one person's too, except between relatives: a family shares one mailbox, each
// member's account under its own +tag or sub-address (a shop takes each address once), and then
// the mailbox is the household's, like its door. It joins relatives when a mobile number goes with
// it: a second account of one person posing as a relative keeps their own phone, while family
// members mostly have their own (a number shared at home is a fixed line). A parent who puts their
// own mobile on every member's account still looks like one person (docs/scoring.md, blind spots).
const inHoldersHands = (match: OrderIdentity["holderMatch"]) => match === "match" || match === "unknown";

/** The linked orders that join this order's group: all but a relative's, unless one person's or a resale burst. */
export function joinedOf(
  linked: LinkedOrder[],
  self: SelfKeys & {
    placedAt: Date;
    riskyUnits: number;
    holderMatch: OrderIdentity["holderMatch"];
    /** The order's phones are mobile numbers (or 050 numbers on a smartphone), none a fixed line. */
    personalPhone: boolean;
  },
): LinkedOrder[] {
  // A family is told from a ring by what it buys: relatives at one door do not all buy the
  // launch-day console within the same week.
  const resaleBurst = resaleWeek(self);
  const onePersons = (l: LinkedOrder) =>
    l.via.includes("account") ||
    (l.via.includes("card") && inHoldersHands(self.holderMatch)) ||
    (l.via.includes("email") && l.via.includes("phone") && self.personalPhone);
  return linked.filter((l) => onePersons(l) || !isFamilyPair(self, l) || resaleBurst(l));
}

// A link through one of these: the two orders come from one home.
const DOOR_KINDS = new Set<IdentifierKind>(["shippingAddress", "billingAddress", "household"]);

/**
 * One person under one name, however it was written: the same written name, or another writing read
 * alike in the buyer's city (松本 直美 and まつもと なおみ; the nameArea identifier). Among orders
 * already tied by a phone, a card or a door, two names read alike are one buyer: a family seldom
 * gives two members one reading (a son's 賢一 beside his father's 健一 would be one buyer here).
 */
export function isSamePerson(a: { personKey: string | null }, b: LinkedOrder): boolean {
  return (a.personKey !== null && b.personKey === a.personKey) || b.via.includes("nameArea");
}

/**
 * Two different people of one family: same surname, different full names; or, at one door, one of
 * them under a name whose surname cannot be told (identity.ts: a foreign-born spouse who kept their
 * own name), where a differing surname says nothing.
 */
export function isFamilyPair(a: { personKey: string | null; surnameKey: string | null }, b: LinkedOrder): boolean {
  if (a.personKey === null || b.personKey === null || isSamePerson(a, b)) return false;
  if (a.surnameKey !== null && a.surnameKey === b.surnameKey) return true;
  return b.via.some((k) => DOOR_KINDS.has(k)) && (a.surnameKey === null || b.surnameKey === null);
}

/**
 * Whether shared identifiers make a link: any strong one, or the same door (household) together
 * with the same machine (device fingerprint or hardware) or network (IP). Identical phones of one
 * model share a fingerprint, and a carrier's NAT gives strangers one IP, so machine and network
 * together still happen to strangers; a door does not. Another flat of the same building is not
 * the door: a building's broadband gives every flat one IP.
 */
export function isLink(via: IdentifierKind[], resaleBurst = false): boolean {
  if (via.some((k) => IDENTIFIER_KINDS[k] === "strong")) return true;
  const sources = evidenceSources(via);
  // One name's reading in one city: one person's accounts written in other scripts, or namesakes of
  // a big ward. Only both buying resale targets the same week tells them apart, and at a door it
  // adds nothing to what the door says (relatives' given names may share a reading).
  if (resaleBurst && sources.has("person")) return true;
  sources.delete("person");
  if (sources.has("place") && sources.size >= 2) return true;
  // Two flats of one building: one machine (not a hub; a popular model is one already) is a ring's
  // shared PC. One network there is the building's broadband, which every tenant shares, so it
  // links only when both orders buy resale targets the same week, as ring members do and
  // neighbours seldom do.
  return sources.has("building") && (sources.has("machine") || (resaleBurst && sources.has("network")));
}

export const evidenceSources = (via: IdentifierKind[]) => new Set(via.map((k) => EVIDENCE_SOURCE[k]));

const EVIDENCE_SOURCE: Partial<Record<IdentifierKind, string>> = {
  device: "machine",
  hardware: "machine",
  household: "place",
  building: "building",
  ip: "network",
  nameArea: "person",
};
