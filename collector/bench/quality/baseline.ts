import type { Decision } from "@shinsa/shared";
import type { ScheduledLabel, StreamOrder } from "./generator.js";

// The naive exact-match screen a shop builds first: orders are linked only when an email, phone,
// address string or card is byte-identical, and scored by how many other accounts share one plus
// obvious raw flags. Shinsa has to beat this on the same stream to be worth running.

export interface Verdict {
  score: number;
  decision: Decision;
  ringId?: string;
}

const THROWAWAY = ["mailinator.com", "yopmail.com", "guerrillamail.com"];
const BAD_LABELS = new Set(["fraud", "chargeback", "resale"]);

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root) as string;
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string) {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

function exactKeys(o: StreamOrder): string[] {
  const r = o.request;
  const keys = [
    r.customer?.email && `email:${r.customer.email}`,
    r.billing?.phone && `phone:${r.billing.phone}`,
    r.shipping?.phone && `phone:${r.shipping.phone}`,
    r.billing?.address && `addr:${r.billing.address}`,
    r.shipping?.address && `addr:${r.shipping.address}`,
    r.payment?.cardBin && r.payment.cardLast4 && `card:${r.payment.cardBin}${r.payment.cardLast4}`,
  ];
  return [...new Set(keys.filter((k): k is string => typeof k === "string" && k.length > 0))];
}

const accountOf = (o: StreamOrder) => o.request.customer?.id ?? o.request.customer?.email ?? o.request.orderId;

function rawFlags(o: StreamOrder): number {
  const r = o.request;
  let score = 0;
  if (r.shipping?.address && r.billing?.address && r.shipping.address !== r.billing.address) score += 15;
  if ((r.amount ?? 0) >= 50_000) score += 15;
  const created = r.customer?.createdAt ? Date.parse(r.customer.createdAt) : Number.NaN;
  const at = r.createdAt ? Date.parse(r.createdAt) : Number.NaN;
  if (!r.customer?.id || at - created < 86_400_000) score += 10;
  if (r.billing?.phone?.startsWith("050")) score += 15;
  const domain = r.customer?.email?.split("@")[1] ?? "";
  if (THROWAWAY.includes(domain)) score += 20;
  if (r.payment?.threeDSecure === "failed" || r.payment?.threeDSecure === "none") score += 10;
  return score;
}

/**
 * Scores the stream in order. With `labels`, each label counts from its time on: an order that
 * shares an exact key with a labelled bad order gets +50. Ring ids are the final groups of orders
 * joined by any exact key or by one account.
 */
export function runBaseline(orders: readonly StreamOrder[], labels?: readonly ScheduledLabel[]): Map<string, Verdict> {
  const accountsByKey = new Map<string, Set<string>>();
  const ordersByKey = new Map<string, string[]>();
  const bad = new Set<string>();
  const atOf = new Map<string, number>();
  let nextLabel = 0;
  const uf = new UnionFind();
  const out = new Map<string, Verdict>();
  for (const o of orders) {
    const at = Date.parse(o.request.createdAt ?? "");
    while (labels && nextLabel < labels.length && (labels[nextLabel]?.at ?? Infinity) <= at) {
      const l = labels[nextLabel++] as ScheduledLabel;
      if (BAD_LABELS.has(l.label) && atOf.has(l.orderId)) bad.add(l.orderId);
    }
    const account = accountOf(o);
    const keys = exactKeys(o);
    const others = new Set<string>();
    let linkedToBad = false;
    for (const key of keys) {
      for (const a of accountsByKey.get(key) ?? []) if (a !== account) others.add(a);
      if ((ordersByKey.get(key) ?? []).some((id) => bad.has(id))) linkedToBad = true;
    }
    const score = Math.min(100, Math.min(45, 15 * others.size) + rawFlags(o) + (linkedToBad ? 50 : 0));
    out.set(o.request.orderId, { score, decision: score >= 60 ? "reject" : score >= 30 ? "review" : "accept" });
    for (const key of keys) {
      accountsByKey.set(key, (accountsByKey.get(key) ?? new Set()).add(account));
      const list = ordersByKey.get(key) ?? [];
      list.push(o.request.orderId);
      ordersByKey.set(key, list);
      uf.union(key, o.request.orderId);
    }
    uf.union(`account:${account}`, o.request.orderId);
    atOf.set(o.request.orderId, at);
  }
  const sizes = new Map<string, number>();
  for (const id of out.keys()) sizes.set(uf.find(id), (sizes.get(uf.find(id)) ?? 0) + 1);
  for (const [id, verdict] of out) {
    const root = uf.find(id);
    if ((sizes.get(root) ?? 0) > 1) verdict.ringId = `base_${root}`;
  }
  return out;
}
