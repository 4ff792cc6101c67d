import type { Db } from "./db/client.js";
import type { Config } from "./env.js";
import type { Background } from "./lib/background.js";
import type { Logger } from "./lib/logger.js";
import type { Metrics } from "./lib/metrics.js";
import type { SdkBundle } from "./lib/sdk-bundle.js";

/** What routes get from the app: built once at start, passed down, never imported as globals. */
export interface AppDeps {
  db: Db;
  config: Config;
  sdkBundle: SdkBundle;
  now: () => Date;
  /** HMAC key of stored identifiers (db/server-secret.ts). */
  secret: string;
  /** Work after the answer: re-scoring the orders a new order links to. */
  background: Background;
  /** The operator's log, which never holds personal data (lib/logger.ts). */
  logger: Logger;
  /** Counters and gauges served at GET /metrics (lib/metrics.ts). */
  metrics: Metrics;
}
