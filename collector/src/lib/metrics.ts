import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

// What an operator graphs and alerts on, in Prometheus's text format at GET /metrics (prom-client):
// traffic and latency per route pattern (never a path: ids in paths may be personal), decisions
// as they are made, and gauges read from the database when scraped (the review queue, whether
// the database answers). One registry per app, so tests and benches each count their own.

export interface Metrics {
  registry: Registry;
  /** A finished HTTP request, by the route's pattern. */
  request(method: string, route: string, status: number, seconds: number): void;
  /** An order scored at a request (not a background re-score), by decision. */
  scored(decision: string): void;
  /** One webhook delivery attempt's outcome. */
  webhookDelivery(outcome: "delivered" | "retry" | "failed"): void;
  /** Sets what is read from the database at scrape time. */
  collectFrom(read: () => Promise<OperatingFigures>): void;
  /** The scrape: one read of the database for the gauges, then every metric in Prometheus's text format. */
  scrape(): Promise<string>;
}

/** What is read from the database at each scrape. */
export interface OperatingFigures {
  databaseUp: boolean;
  backlog: Array<{ siteId: string; open: number }>;
  /** Webhook events waiting for a delivery attempt, every site. */
  webhooksPending: number;
  /** This process's database connections by state, and how many it may open. */
  pool: { max: number; byState: Array<{ state: string; connections: number }> };
  /** Background jobs (a site's re-score drain, retention, sealing) queued or running in this process. */
  backgroundPending: number;
  /** Orders waiting to be scored again, every site and process (rows of rescore_requests). */
  rescoresPending: number;
}

export function createMetrics(options: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix: "shinsa_" });
  const requests = new Counter({
    name: "shinsa_http_requests_total",
    help: "HTTP requests answered, by method, route pattern and status",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "shinsa_http_request_duration_seconds",
    help: "Time from the request's arrival to its answer, by method and route pattern",
    labelNames: ["method", "route"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const decisions = new Counter({
    name: "shinsa_orders_scored_total",
    help: "Orders scored at a request (API, CSV, demo; a repeated orderId counts again), by decision; background re-scores are not counted",
    labelNames: ["decision"] as const,
    registers: [registry],
  });
  let read: Parameters<Metrics["collectFrom"]>[0] | undefined;
  let last: Awaited<ReturnType<NonNullable<typeof read>>> | undefined;
  const refresh = async () => {
    last = read
      ? await read().catch(() => ({
          databaseUp: false,
          backlog: last?.backlog ?? [],
          webhooksPending: last?.webhooksPending ?? 0,
          pool: { max: last?.pool.max ?? 0, byState: [] },
          backgroundPending: last?.backgroundPending ?? 0,
          rescoresPending: last?.rescoresPending ?? 0,
        }))
      : undefined;
  };
  new Gauge({
    name: "shinsa_database_up",
    help: "1 when the database answered the last scrape's query, else 0",
    registers: [registry],
    collect() {
      this.set(last?.databaseUp ? 1 : 0);
    },
  });
  new Gauge({
    name: "shinsa_review_backlog",
    help: "Orders the scorer sent to review that no person has decided yet, by site",
    labelNames: ["site_id"] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const { siteId, open } of last?.backlog ?? []) this.set({ site_id: siteId }, open);
    },
  });
  const deliveries = new Counter({
    name: "shinsa_webhook_deliveries_total",
    help: "Webhook delivery attempts, by outcome: delivered, retry (failed, tried again later), failed (given up)",
    labelNames: ["outcome"] as const,
    registers: [registry],
  });
  new Gauge({
    name: "shinsa_webhook_events_pending",
    help: "Webhook events waiting for a delivery attempt, every site",
    registers: [registry],
    collect() {
      this.set(last?.webhooksPending ?? 0);
    },
  });
  new Gauge({
    name: "shinsa_db_pool_connections",
    help: "This process's database connections by state, as pg_stat_activity shows them (the scrape's own counts as active)",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const { state, connections } of last?.pool.byState ?? []) this.set({ state }, connections);
    },
  });
  new Gauge({
    name: "shinsa_background_jobs_pending",
    help: "Background jobs queued or running in this process (one re-score drain per site, retention, sealing)",
    registers: [registry],
    collect() {
      this.set(last?.backgroundPending ?? 0);
    },
  });
  new Gauge({
    name: "shinsa_rescores_pending",
    help: "Orders waiting to be scored again because a newer order joined them, each once, every site and process (kept in the database); one that stays high means orders arrive faster than their re-scores run",
    registers: [registry],
    collect() {
      this.set(last?.rescoresPending ?? 0);
    },
  });
  new Gauge({
    name: "shinsa_db_pool_max",
    help: "Database connections this process may open; queries wait for one when all are active",
    registers: [registry],
    collect() {
      this.set(last?.pool.max ?? 0);
    },
  });
  return {
    registry,
    request(method, route, status, seconds) {
      requests.inc({ method, route, status: String(status) });
      duration.observe({ method, route }, seconds);
    },
    scored(decision) {
      decisions.inc({ decision });
    },
    webhookDelivery(outcome) {
      deliveries.inc({ outcome });
    },
    collectFrom(fn) {
      read = fn;
    },
    async scrape() {
      await refresh();
      return registry.metrics();
    },
  };
}
