import { parseArgs } from "node:util";
import type { OrderRequest, OrderResponse } from "@shinsa/shared";
import iconv from "iconv-lite";
import { importCsv } from "../../src/csv/import-csv.js";
import { generateStream } from "../quality/generator.js";
import { ordersToCsv } from "./orders-csv.js";

// pnpm bench:import:gaps [--rows 30000]
// The import's own work with the scoring taken out: the same file as bench:import, in UTF-8 and in
// Shift_JIS, imported in-process with a scorer that answers at once, while a 2 ms timer notes the
// longest gap of the event loop. Every part of the import that runs in one piece (decoding,
// parsing, the answer's writing) shows here as that gap; a checkout arriving then waits for it.

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: { rows: { type: "string", default: "30000" } },
});
const orders = generateStream({ seed: 11, orders: Number(args.rows) }).orders.map((o) => o.request);
const text = ordersToCsv(orders);
const files = {
  "UTF-8": new TextEncoder().encode(text),
  Shift_JIS: new Uint8Array(iconv.encode(text, "cp932")),
};

const answerAtOnce = async (order: OrderRequest) =>
  ({
    orderId: order.orderId,
    score: 15,
    decision: "accept",
    reasons: [{ code: "new_account", score: 15, message: "新しいアカウントです" }],
    links: { ringId: null },
  }) as unknown as OrderResponse;

console.log(`bench:import:gaps — ${orders.length} rows, scoring taken out\n`);
console.log("| file | MB | import ms | longest event-loop gap ms |");
console.log("| --- | --: | --: | --: |");
for (const [name, bytes] of Object.entries(files)) {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 2);
  const start = performance.now();
  await importCsv(bytes, answerAtOnce, undefined, { latest: async () => new Map() });
  const took = performance.now() - start;
  clearInterval(timer);
  console.log(`| ${name} | ${(bytes.length / 1e6).toFixed(1)} | ${took.toFixed(0)} | ${longest.toFixed(0)} |`);
}
