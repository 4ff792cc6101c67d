import type { Db } from "./db/client.js";
import type { Config } from "./env.js";
import type { Background } from "./lib/background.js";
import type { Logger } from "./lib/logger.js";
import type { Metrics } from "./lib/metrics.js";
import type { SdkBundle } from "./lib/sdk-bundle.js";
import type { RescoreQueue } from "./orders/rescore-queue.js";

/** What routes get from the app: built once at start, passed down, never imported as globals. */
export interface AppDeps {
  db: Db;
  config: Config;
  sdkBundle: SdkBundle;
  now: () => Date;
  /** HMAC key of stored identifiers (db/server-secret.ts). */
  secret: string;
  /** Work after the answer, one queue per site: re-scoring, retention, sealing. */
  background: Background;
  /** The orders waiting to be scored again because a new order joined them (orders/rescore-queue.ts). */
  rescores: RescoreQueue;
  /** The operator's log, which never holds personal data (lib/logger.ts). */
  logger: Logger;
  /** Counters and gauges served at GET /metrics (lib/metrics.ts). */
  metrics: Metrics;
}
