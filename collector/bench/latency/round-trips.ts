import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { createApp } from "../../src/app.js";
import type { Db } from "../../src/db/client.js";
import { migrate } from "../../src/db/migrate.js";
import * as schema from "../../src/db/schema.js";
import type { AppDeps } from "../../src/deps.js";
import { NO_RATE_LIMITS, parseConfig } from "../../src/env.js";
import { createBackground } from "../../src/lib/background.js";
import { createLogger } from "../../src/lib/logger.js";
import { createMetrics } from "../../src/lib/metrics.js";
import { createRescoreQueue } from "../../src/orders/rescore-queue.js";
import { createSite } from "../../src/sites/create-site.js";
import { insertTokens } from "./measure.js";
import { orderOf, personOf } from "./population.js";
import { rngOf } from "./prng.js";

// cd collector && node --import tsx bench/latency/round-trips.ts: the statements one POST
// /v1/orders sends to PostgreSQL, counted at the driver (postgres.js `debug`), so nothing that
// bypasses drizzle is missed. Three orders of one person: the third meets the first two, which
// are in a ring by then, so every read of scoring runs. Re-scoring in the background is counted
// apart. Uses a throw-away database of its own.

const SERVER_URL = process.env.DATABASE_URL ?? "postgres://root:root@127.0.0.1:5432/test";
const NAME = "shinsa_bench_round_trips";
const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
await admin.unsafe(`drop database if exists ${NAME} with (force)`);
await admin.unsafe(`create database ${NAME}`);
const url = new URL(SERVER_URL);
url.pathname = `/${NAME}`;
let log: string[] = [];
const sql = postgres(url.toString(), {
  max: 10,
  onnotice: () => {},
  debug: (_connection, query) => {
    log.push(query.replace(/\s+/g, " ").trim().slice(0, 110));
  },
});
const db = drizzle(sql, { schema }) as unknown as Db;
try {
  await migrate({ db, driver: "postgres", close: async () => {} });
  const logger = createLogger();
  const background = createBackground((job, err) => logger.error({ job, err }, "background job failed"));
  const deps: AppDeps = {
    db,
    config: parseConfig({ ...NO_RATE_LIMITS, SHINSA_ADMIN_TOKEN: "adm_bench_latency_token" }),
    sdkBundle: { body: "/* sdk */", etag: '"bench"', built: true },
    now: () => new Date(),
    secret: "bench-latency-secret-of-at-least-32-characters",
    background,
    rescores: createRescoreQueue(),
    metrics: createMetrics(),
    logger,
  };
  const app = createApp(deps);
  const site = await createSite(db, { name: "Round trips", origins: ["https://shop.example"] });
  const person = personOf(4242);
  const orders = [0, 1, 2].map((i) => orderOf(`RT-${i}`, person, rngOf(i, 7, 7)));
  await insertTokens(sql, site.siteId, orders, new Date());
  for (const order of orders) {
    log = [];
    const res = await app.request("/v1/orders", {
      method: "POST",
      headers: { authorization: `Bearer ${site.secretKey}`, "content-type": "application/json" },
      body: JSON.stringify(order.body),
    });
    const answer = (await res.json()) as { links?: { orders?: string[]; ringId?: string } };
    const onPath = log;
    log = [];
    await background.idle();
    console.log(
      `${order.body.orderId}: ${res.status}, joined ${answer.links?.orders?.length ?? 0}, ring ${answer.links?.ringId ?? "-"}; ` +
        `${onPath.length} statements before the answer, ${log.length} in background re-scoring`,
    );
    for (const q of onPath) console.log(`  ${q}`);
  }
} finally {
  await sql.end({ timeout: 5 });
  await admin.unsafe(`drop database if exists ${NAME} with (force)`);
  await admin.end();
}
