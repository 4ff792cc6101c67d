import { once } from "node:events";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { Worker } from "node:worker_threads";
import type { Sql } from "postgres";
import { orderOf, personOf } from "./population.js";
import { rngOf } from "./prng.js";
import { createSeedKeys } from "./seed-keys.js";

// Writes the stored history with COPY … FROM STDIN (CSV), orders and their identifier rows on two
// connections at once, generated in batches with back-pressure so memory stays flat at 1M.

const DAY = 86_400_000;
const BATCH = 2_000;

export interface History {
  orders: number;
  persons: number;
}

export interface SeedResult {
  orders: number;
  identifiers: number;
  seconds: number;
}

const csv = (value: string | number | null) => {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
};
const line = (values: (string | number | null)[]) => `${values.map(csv).join(",")}\n`;

async function write(stream: Writable, chunk: string) {
  if (!stream.write(chunk)) await once(stream, "drain");
}

const DECISIONS = [
  ["accept", 8, []],
  [
    "review",
    52,
    [
      {
        code: "velocity_email",
        score: 30,
        message: { ja: "短時間に同じメールで複数の注文", en: "Several orders with one e-mail in a short time" },
      },
    ],
  ],
  ["reject", 85, [{ code: "deny_listed", score: 90, message: { ja: "拒否リストに該当", en: "On the deny list" } }]],
] as const;

// Node 20 does not carry `--import tsx` into worker threads: the worker registers tsx itself.
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.resolve("./seed-worker.ts"))}); })`;

/** Writes orders `start`, `start + 1`, … for the given people, with their identifier rows. */
export async function copyOrders(
  sql: Sql,
  siteId: string,
  secret: string,
  start: number,
  personIds: Int32Array,
  now: Date,
): Promise<number> {
  const keysOf = createSeedKeys(secret);
  const ordersCopy = await sql`copy orders (site_id, order_id, placed_at, received_at, customer_key, token, device_id,
    amount, request, score, decision, reasons, links, ring_id) from stdin with (format csv)`.writable();
  const identifiersCopy = await sql`copy order_identifiers (site_id, kind, value, order_id, placed_at, customer_key,
    person_key, surname_key, amount, risky_units, units) from stdin with (format csv)`.writable();
  const done = Promise.all([finished(ordersCopy), finished(identifiersCopy)]);
  let identifiers = 0;
  for (let from = 0; from < personIds.length; from += BATCH) {
    let orderLines = "";
    let identifierLines = "";
    for (let i = from; i < Math.min(personIds.length, from + BATCH); i++) {
      const n = start + i;
      const personId = personIds[i] ?? 0;
      const rng = rngOf(n, 1);
      const orderId = `S${n}`;
      const placedAt = new Date(now.getTime() - rng.next() * 365 * DAY);
      const generated = orderOf(orderId, personOf(personId), rng, placedAt.toISOString());
      const keys = keysOf(generated);
      const [decision, score, reasons] = DECISIONS[rng.chance(0.9) ? 0 : rng.chance(0.8) ? 1 : 2];
      // A few percent of people belong to a ring, a handful of people each.
      const ringId = rngOf(personId, 17).chance(0.03) ? `ring_seed${personId >> 3}` : null;
      const amount = generated.body.amount ?? null;
      const at = placedAt.toISOString();
      orderLines += line([
        siteId,
        orderId,
        at,
        new Date(placedAt.getTime() + 1500).toISOString(),
        keys.customerKey,
        generated.device ? `tok_${orderId}` : null,
        generated.device?.deviceId ?? null,
        amount,
        JSON.stringify(generated.body),
        score,
        decision,
        JSON.stringify(reasons),
        JSON.stringify({ accounts: 1, orders: [], via: [] }),
        ringId,
      ]);
      for (const id of keys.identifiers) {
        identifierLines += line([
          siteId,
          id.kind,
          id.value,
          orderId,
          at,
          keys.customerKey,
          keys.personKey,
          keys.surnameKey,
          amount,
          keys.riskyUnits,
          keys.units,
        ]);
      }
      identifiers += keys.identifiers.length;
    }
    await Promise.all([write(ordersCopy, orderLines), write(identifiersCopy, identifierLines)]);
  }
  ordersCopy.end();
  identifiersCopy.end();
  await done;
  return identifiers;
}

/**
 * Adds `count` orders to the history. Who places each order is drawn here, in order; the rows
 * are generated and copied by `workers` threads on their own connections: normalising and
 * hashing is the slow part (~1 ms an order), and more threads also take a fairer share of cores
 * that other jobs use too.
 */
export async function seedOrders(
  url: string,
  siteId: string,
  secret: string,
  history: History,
  count: number,
  now: Date,
  workers: number,
): Promise<SeedResult> {
  const started = performance.now();
  const personIds = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const rng = rngOf(history.orders + i, 2);
    // Six orders in ten come from someone new; the rest from a returning customer, so the
    // earliest customers have the most orders, as in a shop that has run for a while.
    personIds[i] = history.persons === 0 || rng.chance(0.6) ? history.persons++ : rng.int(0, history.persons - 1);
  }
  const share = Math.ceil(count / workers);
  const results = await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      const from = w * share;
      const slice = personIds.slice(from, Math.min(count, from + share));
      const worker = new Worker(WORKER_BOOT, {
        eval: true,
        workerData: { url, siteId, secret, start: history.orders + from, personIds: slice, now: now.getTime() },
      });
      return new Promise<number>((resolve, reject) => {
        worker.once("message", resolve);
        worker.once("error", reject);
        worker.once("exit", (code) => code !== 0 && reject(new Error(`seed worker exited with ${code}`)));
      });
    }),
  );
  history.orders += count;
  const identifiers = results.reduce((a, b) => a + b, 0);
  return { orders: count, identifiers, seconds: (performance.now() - started) / 1000 };
}
