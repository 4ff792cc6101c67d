import { parseArgs } from "node:util";
import type { OrderResponse } from "@shinsa/shared";
import { generateStream } from "./generator.js";
import { openHarness } from "./harness.js";

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
  },
});
const stream = generateStream({ seed: Number(values.seed), orders: Number(values.orders), days: 60 });
if (values["no-devices"]) for (const order of stream.orders) delete order.device;
const harness = await openHarness();
const site = await harness.createSite("diagnose");
const answers: Array<{ kind: string; fraud: boolean; answer: OrderResponse; request: unknown }> = [];
try {
  for (const order of stream.orders) {
    harness.setClock(Date.parse(order.request.createdAt ?? ""));
    const token = await harness.collect(site, order);
    const answer = await harness.score(site, order, token);
    await harness.settle();
    answers.push({ kind: order.truth.kind, fraud: order.truth.fraud, answer, request: order.request });
  }
  // Judged as they stand before shipping, after the re-scoring later orders brought.
  for (const a of answers) a.answer = await harness.stored(site, a.answer.orderId);
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
