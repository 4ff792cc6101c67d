import { parseArgs } from "node:util";
import { orderRequestSchema } from "@shinsa/shared";
import { loadHistory } from "../../src/db/queries/linked-history.js";
import { loadTokenAndReuse } from "../../src/db/queries/token-use.js";
import { keyed } from "../../src/lib/identifier.js";
import { createLogger } from "../../src/lib/logger.js";
import { warmAddressData } from "../../src/normalize/address-area.js";
import { scoreAndStore } from "../../src/orders/score-and-store.js";
import { buildFacts } from "../../src/scoring/facts/build-facts.js";
import { getIdentifiers } from "../../src/scoring/identifiers.js";
import { getOrderIdentity } from "../../src/scoring/identity.js";
import { rules } from "../../src/scoring/rules/index.js";
import { evaluate } from "../../src/scoring/score.js";
import { getSiteSettings } from "../../src/sites/scoring-settings.js";
import { openBenchDatabase } from "./database.js";
import { insertTokens, measuredOrders, percentiles } from "./measure.js";

// pnpm bench:latency:phases [--orders 200] [--persons 600000], on a database kept by
// `bench:latency --keep`: where one scoring's time goes, phase by phase. The reads and the pure
// steps are timed by calling scoreAndStore's own functions in its order; the write (the
// transaction: upsert, identifier rows, rings) is the whole scoreAndStore less those reads.

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: { orders: { type: "string", default: "200" }, persons: { type: "string", default: "600000" } },
});
const SECRET = "bench-latency-secret-of-at-least-32-characters";
const bench = await openBenchDatabase();
warmAddressData(); // as bench:latency does: a server that has been up a while
try {
  const [site] = await bench.sql<{ id: string }[]>`select id from sites limit 1`;
  if (!site) throw new Error("no site: run bench:latency --keep first");
  const orders = measuredOrders(Date.now() % 1000, Number(args.orders), Number(args.persons));
  for (const o of orders) o.body.orderId = `P${Date.now()}-${o.body.orderId}`;
  await insertTokens(bench.sql, site.id, orders, new Date());
  const phases: Record<string, number[]> = {};
  const record = (name: string, value: number) => {
    phases[name] = [...(phases[name] ?? []), value];
  };
  const time = async <T>(name: string, f: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await f();
    record(name, performance.now() - started);
    return result;
  };
  const deps = { db: bench.db, now: () => new Date(), secret: SECRET, logger: createLogger() };
  for (const { body, device } of orders) {
    const order = await time("validate", () => orderRequestSchema.parse(body));
    const settings = await time("settings read", () => getSiteSettings(bench.db, site.id));
    const identity = await time("getOrderIdentity", () => getOrderIdentity(order));
    // Every phase gets a sample per order, so the write can be worked out order by order.
    if (!order.token) record("token read", 0);
    else await time("token read", () => loadTokenAndReuse(bench.db, site.id, order.token ?? "", order.orderId));
    const identifiers = await time("getIdentifiers", () =>
      getIdentifiers(SECRET, { customerId: order.customer?.id, ip: order.ip }, identity, device),
    );
    const { neighbours, listHits, ringStats } = await time("history read (neighbours, lists, rings)", () =>
      loadHistory(bench.db, site.id, identifiers, order.orderId, settings.hubAccounts),
    );
    record("neighbour rows", neighbours.length);
    await time("facts + rules", () => {
      const customerKey = order.customer?.id ? keyed(SECRET, "account", order.customer.id) : null;
      const facts = buildFacts({
        order,
        placedAt: new Date(),
        settings,
        identity,
        customerKey,
        personKey: null,
        surnameKey: null,
        token: { status: "none", reusedBy: null },
        device: null,
        riskyUnits: 0,
        units: 1,
        neighbours,
        listHits,
        ringStats,
      });
      return evaluate(facts, rules);
    });
    await time("scoreAndStore (all)", () => scoreAndStore(deps, site.id, body));
  }
  const all = phases["scoreAndStore (all)"] ?? [];
  const reads = [
    "validate",
    "settings read",
    "getOrderIdentity",
    "token read",
    "getIdentifiers",
    "history read (neighbours, lists, rings)",
    "facts + rules",
  ];
  phases["write (all − the above)"] = all.map((t, i) => t - reads.reduce((s, r) => s + (phases[r]?.[i] ?? 0), 0));
  console.log("| phase | p50 | p90 | p99 |\n|---|---:|---:|---:|");
  for (const [name, samples] of Object.entries(phases)) {
    const p = percentiles(samples);
    const unit = name === "neighbour rows" ? "" : " ms";
    console.log(`| ${name} | ${p.p50.toFixed(1)}${unit} | ${p.p90.toFixed(1)}${unit} | ${p.p99.toFixed(1)}${unit} |`);
  }
} finally {
  await bench.close();
}
