import { Hono } from "hono";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import type { AppDeps } from "./deps.js";
import { getClientIp } from "./lib/client-ip.js";
import { hashSecret } from "./lib/keys.js";
import { bearer } from "./middleware/auth.js";
import { errorHandler, notFoundHandler } from "./middleware/error-handler.js";
import { measureRequests } from "./middleware/measure.js";
import { rateLimit } from "./middleware/rate-limit.js";
import { refuseNulInUrl } from "./middleware/url-guard.js";
import { routeModules } from "./routes/index.js";

export interface AppOptions {
  /** Extra modules mounted after the API, e.g. the demo checkout page. */
  extraRoutes?: Array<(deps: AppDeps) => Hono>;
}

/** The whole HTTP app, without a port: tests call `app.request()` on it in-process. */
export function createApp(deps: AppDeps, options: AppOptions = {}) {
  const app = new Hono();
  // Defaults for every answer; a page that needs its own (the console's CSP and Referrer-Policy:
  // with no-referrer, a browser posts its forms with `Origin: null`, which the console refuses) keeps
  // what it set.
  app.use(secureHeaders({ crossOriginResourcePolicy: "cross-origin", overwrite: false }));
  // Answered as X-Request-Id and written beside every failure in the log, so a merchant's report
  // finds its line. A client's own id is kept when it is short and plain.
  app.use(requestId({ limitLength: 64 }));
  app.use(measureRequests(deps.metrics));
  app.use(refuseNulInUrl);
  // A page makes two or three collects; a shop's whole NAT or carrier gateway can share one IP, so
  // the default is generous and only stops a script hammering the endpoint.
  const { collectPerMinute, apiPerMinute } = deps.config.rateLimits;
  app.use(
    "/v1/collect",
    rateLimit({
      name: "per IP",
      perMinute: collectPerMinute,
      burst: Math.max(1, Math.ceil(collectPerMinute / 10)),
      keyOf: (c) => getClientIp(c, deps.config.trustProxy) ?? "unknown",
    }),
  );
  // Per secret key (its hash): a leaked key cannot flood the database, and one shop's burst is its own.
  app.use(
    "/v1/*",
    rateLimit({
      name: "per key",
      perMinute: apiPerMinute,
      burst: Math.max(1, Math.ceil(apiPerMinute / 10)),
      keyOf: (c) => {
        const key = bearer(c.req.header("authorization"));
        return key?.startsWith("sk_") ? hashSecret(key) : null;
      },
    }),
  );
  for (const module of [...routeModules, ...(options.extraRoutes ?? [])]) app.route("/", module(deps));
  app.notFound(notFoundHandler);
  app.onError(errorHandler(deps.logger));
  return app;
}
