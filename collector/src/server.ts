import { serve } from "@hono/node-server";
import { createApp } from "./app.js";
import { openDatabase } from "./db/client.js";
import { DataDirInUseError } from "./db/data-dir-lock.js";
import { migrate } from "./db/migrate.js";
import { loadServerSecret, SecretMissingError } from "./db/server-secret.js";
import { seedDemoMonth } from "./demo/demo-month.js";
import { demoOrigins } from "./demo/demo-origins.js";
import { demoRoutes } from "./demo/demo-routes.js";
import { ensureDemoSite } from "./demo/demo-site.js";
import { parseConfig } from "./env.js";
import { createBackground } from "./lib/background.js";
import { createLogger } from "./lib/logger.js";
import { createMetrics } from "./lib/metrics.js";
import { networkKindOf } from "./lib/network-kind.js";
import { loadSdkBundle } from "./lib/sdk-bundle.js";
import { warmAddressData } from "./normalize/address-area.js";
import { startRescoreSweeper } from "./orders/rescore-linked.js";
import { createRescoreQueue } from "./orders/rescore-queue.js";
import { sealStoredOrders } from "./orders/seal-stored-orders.js";
import { truncateStoredIps } from "./sites/ip-truncation.js";
import { applyRetention } from "./sites/signal-retention.js";
import { forgetDeliveredEvents } from "./webhooks/forget-delivered-events.js";
import { startWebhookDispatcher } from "./webhooks/webhook-dispatcher.js";

/** What an operator can fix (a bad variable, a busy port, a directory in use) is said in a line, not a stack. */
function stop(message: string): never {
  process.stderr.write(`shinsa: ${message}\n`);
  process.exit(1);
}

// The process: parse the environment, open and migrate the database, then listen.
const config = (() => {
  try {
    return parseConfig(process.env);
  } catch (err) {
    return stop((err as Error).message);
  }
})();
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir }).catch((err) =>
  err instanceof DataDirInUseError ? stop(err.message) : Promise.reject(err),
);
await migrate(database);
const logger = createLogger();
const key = await loadServerSecret(database.db, { fromEnv: config.secret, file: config.secretFile }).catch((err) =>
  err instanceof SecretMissingError ? stop(err.message) : Promise.reject(err),
);
const deps = {
  db: database.db,
  config,
  sdkBundle: loadSdkBundle(config.sdkPath),
  now: () => new Date(),
  secret: key.secret,
  metrics: createMetrics({ processMetrics: true }),
  background: createBackground((job, err) => logger.error({ job, err }, "background job failed")),
  rescores: createRescoreQueue(),
  logger,
};

const base = config.publicUrl ?? `http://localhost:${config.port}`;
const demo = config.demo ? await ensureDemoSite(database.db, demoOrigins(config)) : undefined;
if (demo) {
  process.stdout.write("demo: seeding a month of orders for the console (first start only, about 15 s)…\n");
  const seeded = await seedDemoMonth(deps, demo.siteId);
  if (seeded) process.stdout.write(`demo: ${seeded.orders} orders and ${seeded.labels} labels seeded\n`);
}
const app = createApp(deps, { extraRoutes: demo ? [demoRoutes(demo)] : [] });

// Decision webhooks: this process delivers what is due in the outbox, as every other process does.
const webhooks = startWebhookDispatcher(deps);
// Re-scores asked for by orders this process did not take up (another process's, or those left
// by a process that stopped or died): at start, then every few seconds.
const rescoreSweeper = startRescoreSweeper(deps);
void rescoreSweeper.sweep();

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => {
  // Each city's town list is built on its first address (a few ms for that order); building them
  // all once (about 0.8 s, 40 MB) right after start keeps that off the first shoppers' orders.
  setImmediate(warmAddressData);
  // The hosting and Japanese network lists likewise (about 0.2 s to read and sort 56k ranges).
  setImmediate(() => networkKindOf("0.0.0.0"));
  // Signals past each site's retention: at start, then hourly.
  const retention = () =>
    deps.background.run("signal retention", async () => {
      const deleted = await applyRetention(deps);
      if (deleted.size > 0) logger.info({ deleted: Object.fromEntries(deleted) }, "deleted signals past retention");
      await forgetDeliveredEvents(deps);
      const cut = await truncateStoredIps(deps);
      if (cut.orders + cut.tokens > 0) logger.info(cut, "cut stored IP addresses to their network (truncateIp)");
    });
  retention();
  setInterval(retention, 3_600_000).unref();
  // After an upgrade: orders stored before sealing existed are sealed once, off the requests' path.
  deps.background.run("seal stored orders", async () => {
    const sealed = await sealStoredOrders(deps);
    if (sealed > 0) logger.info({ sealed }, "sealed the personal data of orders stored by an earlier version");
  });
  const where = database.driver === "postgres" ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite in ${config.dataDir}`;
  const lines = [`Shinsa collector on ${base} — database: ${where}`];
  if (config.adminTokenGenerated) lines.push(`admin token (generated for this run): ${config.adminToken}`);
  else if (demo) lines.push("admin token: the value of SHINSA_ADMIN_TOKEN");
  if (demo) {
    lines.push(
      `demo checkout:  ${base}/demo`,
      `review console: ${base}/console   (sign in with the admin token)`,
      `demo site:      ${demo.siteId}`,
      `public key:     ${demo.publicKey}`,
      `secret key:     ${demo.secretKey}   (shown once; a new one is made at each start)`,
      `try:            curl -H 'Authorization: Bearer ${demo.secretKey}' ${base}/v1/tokens/<token>`,
    );
  }
  if (key.source === "generated" || key.source === "moved") {
    const what = key.source === "generated" ? "generated a new" : "moved the database's";
    lines.push(
      `note: ${what} HMAC key of stored identifiers into ${key.file}. Back it up beside the database:`,
      "      without it, stored orders no longer link to new ones. In production set SHINSA_SECRET or",
      "      SHINSA_SECRET_FILE from a secret store, so that a copy of the database alone cannot test a guess.",
    );
  }
  if (!deps.sdkBundle.built) lines.push("note: sdk/dist is missing, so /sdk.js serves a stand-in");
  console.log(lines.join("\n"));
});

server.on("error", async (err: NodeJS.ErrnoException) => {
  const where = `port ${config.port} on ${config.host}`;
  const reason =
    err.code === "EADDRINUSE"
      ? `${where} is already in use (another collector?); stop that process or set PORT to a free port`
      : err.code === "EACCES"
        ? `${where} needs privileges this process lacks; set PORT above 1023`
        : undefined;
  if (!reason) throw err;
  // Closing the database first releases the embedded data directory's lock for the next start.
  await database.close();
  stop(reason);
});

// Stop taking requests, let the ones in flight and the re-scoring under way finish, then close the
// database cleanly. Re-scores not yet taken up stay in the database for the next start.
const shutdown = () => {
  server.close(async () => {
    rescoreSweeper.stop();
    await deps.background.idle();
    await webhooks.stop();
    await database.close();
    process.exit(0);
  });
  setTimeout(() => process.exit(1), 10_000).unref();
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
