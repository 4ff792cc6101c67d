import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { OrderResponse } from "@shinsa/shared";
import { runBaseline } from "./baseline.js";
import { composition, generateStream, type StreamOrder } from "./generator.js";
import { openHarness, RouteMissing, type Site } from "./harness.js";
import {
  type Answer,
  answerOf,
  atPrevalence,
  type Figures,
  figures,
  printKinds,
  printLift,
  printTable,
  QUALITY_GOALS,
  REAL_PREVALENCE,
} from "./report.js";

// pnpm bench:quality [--orders N] [--seed S] [--days D] [--dump FILE]
// Streams a seeded Japanese order stream through the collector twice — to a site that never gets
// feedback and to one that gets the merchant's labels as they fall due — and prints Shinsa's
// figures beside a naive exact-match baseline computed on the same stream.

const { values } = parseArgs({
  options: {
    orders: { type: "string", default: "2000" },
    seed: { type: "string", default: "1" },
    days: { type: "string", default: "60" },
    // Every order's answers as JSON lines, so two builds can be compared order by order.
    dump: { type: "string" },
    // The figures before shipping as JSON (seeds.ts gathers them across seeds).
    summary: { type: "string" },
    // Orders as a shop without the script sends them: no device token at all.
    "no-devices": { type: "boolean", default: false },
    // Fraud's share of the orders (default: the rich mix, about 15%); 0.01 is a real shop's.
    "fraud-share": { type: "string" },
  },
});
const seed = Number(values.seed);
const stream = generateStream({
  seed,
  orders: Number(values.orders),
  days: Number(values.days),
  ...(values["fraud-share"] !== undefined && { fraudShare: Number(values["fraud-share"]) }),
});
if (values["no-devices"]) for (const order of stream.orders) delete order.device;
const end = stream.start + stream.days * 86_400_000;
const lateFrom = stream.start + (stream.days * 86_400_000 * 2) / 3;

console.log(`quality bench: seed ${seed}, ${stream.orders.length} orders over ${stream.days} days`);
const kinds = composition(stream);
console.log(
  Object.entries(kinds)
    .map(([k, n]) => `${k} ${n}`)
    .join(", "),
);
const fraudCount = stream.orders.filter((o) => o.truth.fraud).length;
const dueLabels = stream.labels.filter((l) => l.at < end);
console.log(
  `fraud ${fraudCount} (${((100 * fraudCount) / stream.orders.length).toFixed(1)}%), web orders with a device ` +
    `${stream.orders.filter((o) => o.device).length}, labels due in the span ${dueLabels.length} of ${stream.labels.length}\n`,
);

const started = Date.now();
const harness = await openHarness();
// On PostgreSQL the run has its own database: drop it on Ctrl-C too, not only at the end.
process.once("SIGINT", () => {
  void harness.close().finally(() => process.exit(130));
});
const blind = await harness.createSite("quality bench, no feedback");
const taught = await harness.createSite("quality bench, with feedback");
const answers = { blind: new Map<string, Answer>(), taught: new Map<string, Answer>() };
// The answers of the POST itself, before any re-scoring.
const atOrder = { blind: new Map<string, Answer>(), taught: new Map<string, Answer>() };

async function place(site: Site, order: StreamOrder): Promise<OrderResponse> {
  // The page posts its signals while the shopper fills the form, then the shop's server posts the order.
  const token = await harness.collect(site, order);
  const answer = await harness.score(site, order, token);
  await harness.settle();
  return answer;
}

try {
  let nextLabel = 0;
  for (const [i, order] of stream.orders.entries()) {
    const at = Date.parse(order.request.createdAt ?? "");
    while (nextLabel < dueLabels.length && (dueLabels[nextLabel]?.at ?? Infinity) <= at) {
      const label = dueLabels[nextLabel++];
      if (!label) break;
      harness.setClock(label.at);
      await harness.feedback(taught, label.orderId, label.label);
    }
    harness.setClock(at);
    // The two sites share nothing, so they are scored side by side (PostgreSQL uses both cores).
    const [a, b] = await Promise.all([place(blind, order), place(taught, order)]);
    atOrder.blind.set(order.request.orderId, answerOf(a));
    atOrder.taught.set(order.request.orderId, answerOf(b));
    if ((i + 1) % 500 === 0) console.error(`  ${i + 1} orders scored, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  // Judge each order as it stands at the end: by the ring it ended in, and by its decision once
  // the collector stopped re-scoring it (orders joined within `rescoreHours`, 24 by default, of
  // it: the decision the shop has when it ships). At-order rings are the final ones too.
  for (const [name, site] of [
    ["blind", blind],
    ["taught", taught],
  ] as const) {
    for (const [orderId, first] of atOrder[name]) {
      const stored = answerOf(await harness.stored(site, orderId));
      answers[name].set(orderId, stored);
      if (stored.ringId) first.ringId = stored.ringId;
      else delete first.ringId;
    }
  }
} catch (err) {
  await harness.close();
  if (err instanceof RouteMissing) {
    console.error(`quality bench: ${err.message}. Nothing was scored, so no figures are printed.`);
    process.exit(2);
  }
  throw err;
}
const seconds = (Date.now() - started) / 1000;
await harness.close();
if (values.dump) writeFileSync(values.dump, dumpLines());

const baseBlind = runBaseline(stream.orders);
const baseTaught = runBaseline(stream.orders, dueLabels);
if (values.summary) {
  const summary = {
    seed,
    devices: !values["no-devices"],
    orders: stream.orders.length,
    fraud: fraudCount,
    blind: figures(stream.orders, answers.blind),
    taught: figures(stream.orders, answers.taught),
    baseline: figures(stream.orders, baseBlind),
  };
  writeFileSync(values.summary, JSON.stringify(summary));
}
const late = stream.orders.filter((o) => Date.parse(o.request.createdAt ?? "") >= lateFrom);

console.log("Decisions as they stand before shipping (the collector re-scores an order when a later one joins it");
console.log("within 24 h); the POST's own answers are compared further down.\n");
printTable(
  {
    Shinsa: figures(stream.orders, answers.blind),
    baseline: figures(stream.orders, baseBlind),
    "Shinsa+fb": figures(stream.orders, answers.taught),
    "baseline+fb": figures(stream.orders, baseTaught),
  },
  QUALITY_GOALS,
);
console.log(perTenThousand("Shinsa", figures(stream.orders, answers.blind)));
console.log(perTenThousand("Shinsa+fb", figures(stream.orders, answers.taught)));
console.log("");
printKinds(stream.orders, { Shinsa: answers.blind, baseline: baseBlind, "Shinsa+fb": answers.taught });
console.log("");
printLift({
  Shinsa: { without: figures(late, answers.blind), with: figures(late, answers.taught) },
  baseline: { without: figures(late, baseBlind), with: figures(late, baseTaught) },
});
console.log("\nThe POST's own answers, before re-scoring (what a shop that ships at once would act on):\n");
printTable(
  {
    "Shinsa at order": figures(stream.orders, atOrder.blind),
    "before shipping": figures(stream.orders, answers.blind),
    "Shinsa+fb at order": figures(stream.orders, atOrder.taught),
    "before shipping ": figures(stream.orders, answers.taught),
  },
  {},
);
console.log(
  `\n${stream.orders.length} orders × 2 sites through /v1/collect and /v1/orders on ${harness.driver} in ${seconds.toFixed(0)} s`,
);
console.log(`mean per request: ${harness.timings()}`);

/**
 * One line per order and site: its answers at the POST and before shipping. Ring ids are random,
 * so a ring is named by the first order placed in it: two builds that form the same rings write
 * the same lines.
 */
function dumpLines(): string {
  const lines: string[] = [];
  for (const name of ["blind", "taught"] as const) {
    const firstOf = new Map<string, string>();
    for (const order of stream.orders) {
      const ringId = answers[name].get(order.request.orderId)?.ringId;
      if (ringId && !firstOf.has(ringId)) firstOf.set(ringId, order.request.orderId);
    }
    for (const order of stream.orders) {
      const id = order.request.orderId;
      const named = (a: Answer | undefined) => a && { ...a, ringId: a.ringId ? firstOf.get(a.ringId) : undefined };
      lines.push(
        JSON.stringify({
          site: name,
          orderId: id,
          atOrder: named(atOrder[name].get(id)),
          stored: named(answers[name].get(id)),
        }),
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

/** The analyst's day at a real shop, in orders. */
function perTenThousand(name: string, f: Figures): string {
  const { flagged, precision } = atPrevalence(f, REAL_PREVALENCE);
  const fraud = 10_000 * REAL_PREVALENCE;
  return (
    `${name} at ${100 * REAL_PREVALENCE}% fraud, per 10,000 orders: ${Math.round(10_000 * flagged)} to review or reject, ` +
    `${Math.round(10_000 * flagged * precision)} of them fraud; ${Math.round(fraud * (1 - f.fraudRecall))} of ${fraud} fraud orders accepted`
  );
}
