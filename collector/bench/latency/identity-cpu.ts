import { createHash } from "node:crypto";
import { parseArgs } from "node:util";
import { orderRequestSchema } from "@shinsa/shared";
import { getOrderIdentity } from "../../src/scoring/identity.js";
import { generateStream } from "../quality/generator.js";
import { measuredOrders, percentiles } from "./measure.js";

// node --import tsx bench/latency/identity-cpu.ts [--orders 2000]
// CPU time of getOrderIdentity per order (no database), and a digest of every identity it made
// for the latency bench's orders and the quality bench's stream: a faster normaliser must leave
// the digest as it was.

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: { orders: { type: "string", default: "2000" } },
});
const count = Number(args.orders);
const orders = [
  ...measuredOrders(7, count, 600_000).map((o) => orderRequestSchema.parse(o.body)),
  ...generateStream({ seed: 1, orders: count, days: 60 }).orders.map((o) => orderRequestSchema.parse(o.request)),
];
const digest = createHash("sha256");
for (const order of orders.slice(0, 50)) getOrderIdentity(order); // postal data, first use
const ms = (n: number) => `${n.toFixed(3)} ms`;
// The first pass pays each city's first use (its town list); a server has long paid it.
for (const pass of ["first pass", "warm pass"]) {
  const times: number[] = [];
  for (const order of orders) {
    const started = performance.now();
    const identity = getOrderIdentity(order);
    times.push(performance.now() - started);
    if (pass === "first pass") digest.update(JSON.stringify(identity));
  }
  const p = percentiles(times);
  console.log(
    `${pass}, ${orders.length} orders: p50 ${ms(p.p50)}, p90 ${ms(p.p90)}, p99 ${ms(p.p99)}, max ${ms(p.max)}`,
  );
}
console.log(`digest of the identities: ${digest.digest("hex").slice(0, 16)}`);
