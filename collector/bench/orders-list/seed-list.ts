import { getKanaKey } from "../../src/orders/search-keys.js";
import { type BenchDatabase, dropIndexes, rebuildIndexes } from "../latency/database.js";
import { seedOrders } from "../latency/seed.js";

/**
 * A site's history of `size` orders as the order list and the console read it: what scoring
 * stores (the latency bench's seeder), the name keys filled as the migration does, and half the
 * review decisions settled by a person, so the queue is a queue and "decided" has rows.
 */
export async function seedListHistory(
  bench: BenchDatabase,
  siteId: string,
  secret: string,
  size: number,
  workers: number,
) {
  const rebuild = await dropIndexes(bench.sql);
  const seeded = await seedOrders(bench.url, siteId, secret, { orders: 0, persons: 0 }, size, new Date(), workers);
  // The seeder writes what scoring stores but the name keys: fill them as the migration and
  // scoring would, then half the review decisions settled by a person, so the queue is a queue.
  // One hash join, as the migration does it: the indexes are rebuilt only after the load.
  await bench.sql`update orders o set person_key = i.person_key from (
    select distinct on (site_id, order_id) site_id, order_id, person_key from order_identifiers
    where person_key is not null order by site_id, order_id) i
    where o.site_id = i.site_id and o.order_id = i.order_id`;
  const requestsRows = await bench.sql<
    { order_id: string; request: Record<string, never> }[]
  >`select order_id, request from orders`;
  const kana = requestsRows.map((r) => ({ o: r.order_id, k: getKanaKey(secret, r.request) }));
  for (let i = 0; i < kana.length; i += 10_000) {
    await bench.sql`update orders set kana_key = x.k from jsonb_to_recordset(${JSON.stringify(kana.slice(i, i + 10_000))}::jsonb)
      as x(o text, k text) where orders.order_id = x.o`;
  }
  await bench.sql`update orders set label = 'legit', labeled_at = placed_at + interval '1 hour', label_reviewer = 'bench'
    where decision = 'review' and hashtext(order_id) % 2 = 0`;
  await rebuildIndexes(bench.sql, rebuild);
  return seeded;
}
