import type { FeedbackRequest, OrderRequest } from "@shinsa/shared";
import type { Ctx } from "./customer.js";
import type { DeviceProfile } from "./devices.js";
import { deferredFraudster, stolenCardFraudster } from "./fraud-card.js";
import { multiAccount, resaleRing } from "./fraud-ring.js";
import { collisionCustomer, family, legitCustomer } from "./legit-groups.js";
import { neighbours } from "./neighbours.js";
import { type Draft, type MixedKind, TRUTH_KINDS, type Truth, type TruthKind } from "./persona.js";
import { pickupBuyer } from "./pickup.js";
import { createRng } from "./prng.js";
import { releaseCrowd } from "./release-crowd.js";
import { accountTakeover, regularGift } from "./takeover.js";

export type { DeviceProfile } from "./devices.js";
export type { Truth, TruthKind } from "./persona.js";

// The seeded stream: customers of every kind place orders over a span of days; the stream is
// those orders in time order, with the ground truth beside each and the merchant's later
// feedback (chargebacks, unpaid 後払い, spotted resale) on its own schedule.

export interface StreamOrder {
  /** Without `token`: the runner posts `device` to /v1/collect first and adds the token it gets. */
  request: OrderRequest;
  device?: DeviceProfile;
  truth: Truth;
}

export interface ScheduledLabel {
  orderId: string;
  /** When the merchant learns it (ms since the epoch). */
  at: number;
  label: FeedbackRequest["label"];
}

export interface Stream {
  seed: number;
  start: number;
  days: number;
  orders: StreamOrder[];
  /** In time order; some fall after the span (a chargeback takes weeks) and never arrive. */
  labels: ScheduledLabel[];
}

export interface GeneratorOptions {
  seed: number;
  /** About this many orders: groups are whole, so the count overshoots a little. */
  orders: number;
  days?: number;
  /** 00:00 JST of the first day. */
  start?: number;
  /** Fraud's share of the orders: the fraud kinds scaled to it, the honest ones to the rest. */
  fraudShare?: number;
}

/** Share of orders per kind. Fraud is far above a real shop's rate so that every pattern has numbers. */
export const MIX: Readonly<Record<MixedKind, number>> = {
  legit: 0.63,
  family: 0.08,
  device_collision: 0.07,
  stolen_card: 0.045,
  resale_ring: 0.055,
  deferred_fraud: 0.03,
  multi_account: 0.02,
  // Each with the owner's earlier, honest orders (kind legit), not counted in these shares.
  account_takeover: 0.015,
  regular_gift: 0.02,
  // Honest twins of a ring's shared building and of a drop: neighbours, and buyers who never ship home.
  neighbour: 0.04,
  pickup: 0.03,
  // The honest twin of a ring's burst into one city: a release's crowd, half of it in Tokyo.
  release_crowd: 0.04,
};

const BUILDERS: Readonly<Record<MixedKind, (ctx: Ctx) => Draft[]>> = {
  legit: legitCustomer,
  family,
  device_collision: collisionCustomer,
  stolen_card: stolenCardFraudster,
  resale_ring: resaleRing,
  deferred_fraud: deferredFraudster,
  multi_account: multiAccount,
  account_takeover: accountTakeover,
  regular_gift: regularGift,
  neighbour: neighbours,
  pickup: pickupBuyer,
  release_crowd: releaseCrowd,
};

export const DEFAULT_START = Date.parse("2026-10-01T00:00:00+09:00");

export function generateStream(options: GeneratorOptions): Stream {
  const { seed, orders: target, days = 60, start = DEFAULT_START } = options;
  const mix = options.fraudShare === undefined ? MIX : scaledMix(options.fraudShare);
  const drafts: Draft[] = [];
  const counters = new Map<string, number>();
  for (const kind of Object.keys(mix) as MixedKind[]) {
    // Each kind draws from its own stream, so changing one builder leaves the others' people alone.
    const ctx: Ctx = {
      rng: createRng(seed).fork(kind),
      start,
      days,
      newId: (prefix) => {
        const n = (counters.get(prefix) ?? 0) + 1;
        counters.set(prefix, n);
        return `${prefix}_${n}`;
      },
    };
    const quota = Math.round(target * mix[kind]);
    let made = 0;
    while (made < quota) {
      const group = BUILDERS[kind](ctx).filter((d) => d.at >= start && d.at < start + days * 86_400_000);
      drafts.push(...group);
      made += group.filter((d) => d.truth.kind === kind).length;
    }
  }
  drafts.sort((a, b) => a.at - b.at);
  ownEmails(drafts);
  const width = String(drafts.length).length;
  const labels: ScheduledLabel[] = [];
  const orders = drafts.map((d, i): StreamOrder => {
    const orderId = `ORD-${String(i + 1).padStart(width, "0")}`;
    if (d.label) labels.push({ orderId, at: d.at + d.label.afterMs, label: d.label.label });
    return { request: { orderId, ...d.request }, ...(d.device && { device: d.device }), truth: d.truth };
  });
  labels.sort((a, b) => a.at - b.at);
  return { seed, start, days, orders, labels };
}

/**
 * A mailbox has one owner. Names drawn independently can yield the same taro.yamada@gmail.com for
 * two strangers, which no real shop sees; the later owner gets a number, as the provider would insist.
 */
function ownEmails(drafts: Draft[]) {
  const owners = new Map<string, string>();
  const renamed = new Map<string, string>();
  for (const d of drafts) {
    const owner = d.truth.household ?? d.truth.ringId ?? d.truth.personId;
    const email = d.request.customer?.email;
    if (!email || !d.request.customer) continue;
    const key = `${owner}\u0000${email}`;
    let mine = renamed.get(key) ?? email;
    // The number goes before any +tag: after it, the mailbox would fold it away and never change.
    for (let n = 2; (owners.get(mailbox(mine)) ?? owner) !== owner; n++) mine = email.replace(/(\+[^@]*)?@/, `${n}$1@`);
    owners.set(mailbox(mine), owner);
    renamed.set(key, mine);
    d.request.customer.email = mine;
    if (d.request.billing?.email) d.request.billing.email = mine;
  }
}

const FRAUD_KINDS = new Set<MixedKind>([
  "stolen_card",
  "resale_ring",
  "deferred_fraud",
  "multi_account",
  "account_takeover",
]);

/** MIX with the fraud kinds scaled to `share` of the orders and the honest kinds to the rest, each keeping its proportions. */
function scaledMix(share: number): Record<MixedKind, number> {
  const entries = Object.entries(MIX) as [MixedKind, number][];
  const fraud = entries.filter(([k]) => FRAUD_KINDS.has(k)).reduce((s, [, v]) => s + v, 0);
  const honest = entries.reduce((s, [, v]) => s + v, 0) - fraud;
  return Object.fromEntries(
    entries.map(([k, v]) => [k, FRAUD_KINDS.has(k) ? (v * share) / fraud : (v * (1 - share)) / honest]),
  ) as Record<MixedKind, number>;
}

/**
 * The mailbox an address delivers to. Gmail ignores dots and anything after a plus in the local part
 * (mai.takahashi@ and maitakahashi+shop@ are one inbox), so no two people can hold both.
 */
function mailbox(email: string): string {
  const [local = "", domain = ""] = email.toLowerCase().split("@");
  if (domain !== "gmail.com" && domain !== "googlemail.com") return `${local}@${domain}`;
  return `${local.split("+")[0]?.replaceAll(".", "")}@gmail.com`;
}

/** Orders per kind, for the report. */
export function composition(stream: Stream): Record<TruthKind, number> {
  const counts = Object.fromEntries(TRUTH_KINDS.map((k) => [k, 0])) as Record<TruthKind, number>;
  for (const o of stream.orders) counts[o.truth.kind]++;
  return counts;
}
