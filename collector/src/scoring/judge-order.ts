import type { Order } from "@shinsa/shared";
import type { NetworkKind } from "../lib/network-kind.js";
import { buildFacts } from "./facts/build-facts.js";
import type { DropKey } from "./facts/drop-burst-facts.js";
import type { DeviceFacts, LinkedHistory, OrderUnits } from "./facts/inputs.js";
import type { OrderFacts, SelfKeys } from "./facts/order-facts.js";
import type { OrderIdentity } from "./identity.js";
import { tiedByStranger } from "./owners-details.js";
import { planRing, type RingPlan } from "./rings.js";
import { isDropBurst } from "./rules/resale-burst.js";
import type { Rule } from "./rules/rule.js";
import { type Evaluation, evaluate } from "./score.js";
import type { SiteSettings } from "./settings.js";

/** One order and everything known about it when it is scored. */
export interface OrderToJudge {
  order: Order;
  placedAt: Date;
  settings: SiteSettings;
  identity: OrderIdentity;
  keys: SelfKeys;
  units: OrderUnits;
  token: OrderFacts["token"];
  device: DeviceFacts | null;
  history: LinkedHistory;
  /** The shipped hosting network the order's IP sits in (lib/hosting-networks.ts), or null. */
  hostingNetwork: string | null;
  /** The kind of network the order's IP sits in (lib/network-kind.ts), or null without an IP. */
  network: NetworkKind | null;
  /** The order's resale-target categories, keyed for the site and its city (identifiers.ts). */
  dropKeys?: DropKey[];
}

export interface Judgement {
  evaluation: Evaluation;
  /** What the answer says the order is tied to: its group's accounts, the orders it joins (20 at most), by what. */
  links: { accounts: number; orders: string[]; via: string[] };
  /** The ring it joins or starts, and the rings it merges; null when it joins nothing. */
  ring: RingPlan | null;
  /**
   * The earlier orders this one tells something new about, to be scored again: the orders it
   * joins, and the other accounts' orders of its resale cluster or launch-day burst (a drop's first
   * buyer has no cluster when it comes; a later one's arrival gives it one, though nothing joins them).
   */
  rescore: string[];
}

// The answer lists at most this many joined orders, and at most this many are re-scored: a bigger
// group is re-scored by its next orders.
const MAX_LISTED = 20;

/** Facts → rules → score and decision → ring: the whole judgement of one order, without I/O. */
export function judgeOrder(input: OrderToJudge, rules: Rule[], newRingId: () => string): Judgement {
  const facts = buildFacts({
    order: input.order,
    placedAt: input.placedAt,
    settings: input.settings,
    identity: input.identity,
    ...input.keys,
    ...input.units,
    token: input.token,
    device: input.device,
    neighbours: input.history.neighbours,
    listHits: input.history.listHits,
    ringStats: input.history.ringStats,
    hostingNetwork: input.hostingNetwork,
    network: input.network,
    ...(input.dropKeys && { dropKeys: input.dropKeys }),
  });
  const evaluation = evaluate(facts, rules);
  const via = [...new Set(facts.joined.flatMap((j) => j.via))];
  const links = {
    accounts: facts.group.accounts,
    orders: facts.joined.slice(0, MAX_LISTED).map((j) => j.orderId),
    via,
  };
  // A stranger in someone's account joins the groups of what they brought (device, drop), never
  // the owner's own orders.
  const takeover = evaluation.hits.some((h) => h.code === "account_takeover");
  const ringJoin = takeover ? facts.joined.filter((j) => tiedByStranger(j.via)) : facts.joined;
  // Only an order buying resale targets itself makes a cluster of the others (resale_pattern's own test).
  const cluster = facts.riskyUnits > 0 && facts.resaleCluster.accounts >= 2 ? facts.resaleCluster.orderIds : [];
  // A burst's first buyers had no burst when they came: the one that makes it tells them.
  const burst = isDropBurst(facts) ? facts.dropBurst.orderIds : [];
  const rescore = [...new Set([...links.orders, ...cluster, ...burst])].slice(0, MAX_LISTED);
  // The burst's other orders join its ring though nothing links them: a ring whose members share
  // nothing but their city and the minutes after a release is one group for the person reviewing it.
  return { evaluation, links, ring: planRing([...ringJoin, ...ringsOf(input, burst)], newRingId), rescore };
}

/** The burst's orders with the rings their rows into the city said they stood in when read. */
function ringsOf(input: OrderToJudge, orderIds: readonly string[]): Array<{ orderId: string; ringId: string | null }> {
  const ringOf = new Map<string, string | null>();
  for (const row of input.history.neighbours) if (row.kind === "areaCategory") ringOf.set(row.orderId, row.ringId);
  return orderIds.map((orderId) => ({ orderId, ringId: ringOf.get(orderId) ?? null }));
}
