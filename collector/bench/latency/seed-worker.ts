import { parentPort, workerData } from "node:worker_threads";
import postgres from "postgres";
import { copyOrders } from "./seed.js";

// One seeding thread: its own two connections, its own slice of the orders (seed.ts).

const { url, siteId, secret, start, personIds, now } = workerData as {
  url: string;
  siteId: string;
  secret: string;
  start: number;
  personIds: Int32Array;
  now: number;
};
const sql = postgres(url, { max: 2, onnotice: () => {} });
try {
  parentPort?.postMessage(await copyOrders(sql, siteId, secret, start, personIds, new Date(now)));
} finally {
  await sql.end({ timeout: 5 });
}
