import { parseArgs } from "node:util";
import type { OrderResponse } from "@shinsa/shared";
import { normalizeAddress } from "../../src/normalize/index.js";
import { generateStream } from "./generator.js";
import { openHarness } from "./harness.js";
import { truthGroup } from "./report.js";

// pnpm --filter @shinsa/collector exec node --import tsx bench/quality/diagnose.ts [--orders N] [--seed S]
// The bench's stream through one site without feedback, told per kind of truth: which reasons
// push honest orders out of "accept", and what the fraud that slips through looked like. For
// tuning rules against the bench, not a figure of merit.

const { values } = parseArgs({
  options: {
    orders: { type: "string", default: "2000" },
    seed: { type: "string", default: "1" },
    examples: { type: "string", default: "3" },
    "no-devices": { type: "boolean", default: false },
    "ring-of": { type: "string" },
  },
});
const stream = generateStream({ seed: Number(values.seed), orders: Number(values.orders), days: 60 });
if (values["no-devices"]) for (const order of stream.orders) delete order.device;
const harness = await openHarness();
const atOrderTime = new Map<string, OrderResponse>();
const site = await harness.createSite("diagnose");
const answers: Array<{
  kind: string;
  fraud: boolean;
  answer: OrderResponse;
  request: unknown;
  ringId?: string;
  group: string;
}> = [];
try {
  for (const order of stream.orders) {
    harness.setClock(Date.parse(order.request.createdAt ?? ""));
    const token = await harness.collect(site, order);
    const answer = await harness.score(site, order, token);
    await harness.settle();
    answers.push({
      kind: order.truth.kind,
      fraud: order.truth.fraud,
      answer,
      request: order.request,
      ringId: order.truth.ringId,
      group: truthGroup(order),
    });
  }
  // Judged as they stand before shipping, after the re-scoring later orders brought.
  for (const a of answers) {
    atOrderTime.set(a.answer.orderId, a.answer);
    a.answer = await harness.stored(site, a.answer.orderId);
  }
} finally {
  await harness.close();
}

const examples = Number(values.examples);
for (const kind of [...new Set(answers.map((a) => a.kind))]) {
  const all = answers.filter((a) => a.kind === kind);
  const wrong = all.filter((a) => (a.fraud ? a.answer.decision === "accept" : a.answer.decision !== "accept"));
  const codes = new Map<string, number>();
  for (const a of wrong) for (const r of a.answer.reasons) codes.set(r.code, (codes.get(r.code) ?? 0) + 1);
  const ranked = [...codes].sort((x, y) => y[1] - x[1]).slice(0, 10);
  console.log(`\n${kind}: ${wrong.length} of ${all.length} ${all[0]?.fraud ? "accepted" : "not accepted"}`);
  console.log(`  reasons among them: ${ranked.map(([c, n]) => `${c} ${n}`).join(", ")}`);
  for (const a of wrong.slice(0, examples)) {
    console.log(
      `  ${a.answer.orderId} score ${a.answer.score} ring ${a.answer.links.ringId ?? "-"} via ${a.answer.links.via.join("+") || "-"}: ${a.answer.reasons.map((r) => `${r.code}(${r.score})`).join(" ")}`,
    );
    console.log(`    ${JSON.stringify(a.request).slice(0, 600)}`);
  }
}

const placedAt = (a: (typeof answers)[number]) => Date.parse((a.request as { createdAt: string }).createdAt);

// A ring's first order has nothing to link to when it comes: what it holds once the rest arrived.
const seenRings = new Set<string>();
console.log("\nrings' first orders, as they stand after re-scoring:");
for (const a of answers) {
  if (a.kind !== "resale_ring" || !a.ringId || seenRings.has(a.ringId)) continue;
  seenRings.add(a.ringId);
  const members = answers.filter((b) => b.ringId === a.ringId);
  const gapHours =
    members.length > 1
      ? ((placedAt(members[1] as (typeof answers)[number]) - placedAt(a)) / 3_600_000).toFixed(1)
      : "-";
  console.log(
    `  ${a.answer.decision.padEnd(6)} next member ${gapHours} h later, ${String(a.answer.score).padStart(3)} ${a.answer.orderId} (ring of ${members.length} orders, ${members.filter((b) => b.answer.links.ringId === a.answer.links.ringId && b.answer.links.ringId).length} in its ringId; rescored by ${(a.answer as { rescored?: { by: string } | null }).rescored?.by ?? "-"}): ${a.answer.reasons.map((r) => `${r.code}(${r.score})`).join(" ")}`,
  );
  if (examples > 3) console.log(`    ${JSON.stringify(a.request).slice(0, 700)}`);
}

// Every ring order let through: was it at a drop (another member within 30 minutes) or a restock,
// and did the ring ever come together around it (members sharing its final ringId)?
console.log("\nring orders accepted:");
for (const a of answers.filter((b) => b.kind === "resale_ring" && b.answer.decision === "accept")) {
  const others = answers.filter((b) => b.ringId === a.ringId && b !== a);
  const nearest = Math.min(...others.map((b) => Math.abs(placedAt(b) - placedAt(a)))) / 60_000;
  const together = others.filter(
    (b) => b.answer.links.ringId && b.answer.links.ringId === a.answer.links.ringId,
  ).length;
  const accountOrders = others.filter(
    (b) =>
      (b.request as { customer: { id: string } }).customer.id ===
      (a.request as { customer: { id: string } }).customer.id,
  ).length;
  console.log(
    `  ${a.answer.orderId} ${nearest < 30 ? "drop   " : "restock"} then via ${atOrderTime.get(a.answer.orderId)?.links.via.join("+") || "-"} now via ${a.answer.links.via.join("+") || "-"}; nearest member ${nearest.toFixed(0)} min; ${together} of ${others.length} others in its ringId; ${accountOrders} more on its account; score ${a.answer.score}: ${a.answer.reasons.map((r) => r.code).join(" ")}`,
  );
}

// Where ring-pair recall goes: each fraud truth group (ring, or one person's accounts) of several
// orders, split by the ringIds its orders ended with — the pairs a split loses, largest first.
console.log("\nfraud groups split across ringIds (pairs lost of pairs):");
const fraudGroups = new Map<string, typeof answers>();
for (const a of answers.filter((b) => b.fraud)) fraudGroups.set(a.group, [...(fraudGroups.get(a.group) ?? []), a]);
const pairsOf = (n: number) => (n * (n - 1)) / 2;
const splits = [...fraudGroups.values()]
  .filter((g) => g.length > 1)
  .map((g) => {
    const parts = new Map<string, number>();
    for (const a of g) {
      const key = a.answer.links.ringId ?? `solo ${a.answer.orderId}`;
      parts.set(key, (parts.get(key) ?? 0) + 1);
    }
    const joined = [...parts.values()].reduce((s, n) => s + pairsOf(n), 0);
    return { g, parts: [...parts.values()].sort((x, y) => y - x), lost: pairsOf(g.length) - joined };
  })
  .filter((x) => x.lost > 0)
  .sort((x, y) => y.lost - x.lost);
const lostByKind = new Map<string, number>();
for (const x of splits) lostByKind.set(x.g[0]?.kind ?? "?", (lostByKind.get(x.g[0]?.kind ?? "?") ?? 0) + x.lost);
console.log(`  lost pairs by kind: ${[...lostByKind].map(([k, n]) => `${k} ${n}`).join(", ")}`);
// How the two orders of each lost pair stand to each other: what a link between them would need.
const placeOf = (a: (typeof answers)[number]) => {
  const req = a.request as { shipping?: { address: string; postalCode?: string } };
  return req.shipping
    ? normalizeAddress({ address: req.shipping.address, postalCode: req.shipping.postalCode ?? null })
    : null;
};
const relation = (a: (typeof answers)[number], b: (typeof answers)[number]) => {
  const [p, q] = [placeOf(a), placeOf(b)];
  if (!p || !q) return "unknown";
  if (p.unitKey === q.unitKey) return "door";
  if (p.householdKey === q.householdKey) return "building";
  if (p.prefecture === q.prefecture && p.city === q.city) return "city";
  return "elsewhere";
};
const lostByRelation = new Map<string, number>();
for (const x of splits)
  for (const [i, a] of x.g.entries())
    for (const b of x.g.slice(i + 1))
      if ((a.answer.links.ringId ?? a.answer.orderId) !== (b.answer.links.ringId ?? b.answer.orderId)) {
        const r = `${a.kind === "resale_ring" ? "ring" : a.kind}/${relation(a, b)}`;
        lostByRelation.set(r, (lostByRelation.get(r) ?? 0) + 1);
      }
console.log(`  lost pairs by where the two ship: ${[...lostByRelation].map(([k, n]) => `${k} ${n}`).join(", ")}`);
for (const x of splits.slice(0, examples * 3)) {
  console.log(
    `  ${x.g[0]?.kind} ${x.g[0]?.answer.orderId}: ${x.g.length} orders in parts ${x.parts.join("+")}, ${x.lost} of ${pairsOf(x.g.length)} pairs lost`,
  );
}

// Where ring-pair precision goes: each ringId holding orders of more than one truth group with fraud
// among them, the pairs it wrongly joins, and what each of its groups is.
console.log("\nringIds holding several truth groups with fraud among them (wrong pairs):");
const byRing = new Map<string, typeof answers>();
for (const a of answers) {
  const ring = a.answer.links.ringId;
  if (ring) byRing.set(ring, [...(byRing.get(ring) ?? []), a]);
}
const mixed = [...byRing.values()]
  .filter((r) => r.some((a) => a.fraud) && new Set(r.map((a) => a.group)).size > 1)
  .map((r) => {
    const groups = new Map<string, typeof answers>();
    for (const a of r) groups.set(a.group, [...(groups.get(a.group) ?? []), a]);
    const wrong = pairsOf(r.length) - [...groups.values()].reduce((s, g) => s + pairsOf(g.length), 0);
    return { groups, wrong };
  })
  .sort((x, y) => y.wrong - x.wrong);
console.log(`  wrong pairs: ${mixed.reduce((s, m) => s + m.wrong, 0)} in ${mixed.length} ringIds`);
for (const m of mixed.slice(0, examples * 3)) {
  const parts = [...m.groups.values()].map(
    (g) =>
      `${g[0]?.kind} ${g.length} (${g
        .slice(0, 3)
        .map((a) => `${a.answer.orderId} via ${a.answer.links.via.join("+") || "-"}`)
        .join(", ")})`,
  );
  console.log(`  ${m.wrong} wrong pairs: ${parts.join(" | ")}`);
}

// One ring's orders in time order, as each was answered then and stands now (--ring-of ORDER-ID).
if (values["ring-of"]) {
  const target = answers.find((a) => a.answer.orderId === values["ring-of"]);
  for (const a of answers.filter((b) => target && b.ringId === target.ringId)) {
    const then = atOrderTime.get(a.answer.orderId);
    const req = a.request as {
      createdAt: string;
      customer: { id: string };
      billing: { name: string; address: string };
    };
    console.log(
      `  ${a.answer.orderId} ${req.createdAt} ${req.customer.id} ${req.billing.name} ${req.billing.address.slice(0, 24)} | then ${then?.decision} ${then?.links.ringId?.slice(5, 11)} via ${then?.links.via.join("+") || "-"} ${then?.reasons.map((r) => r.code).join(" ")} | now ${a.answer.decision} ${a.answer.links.ringId?.slice(5, 11)}`,
    );
  }
}
