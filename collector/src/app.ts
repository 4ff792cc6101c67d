import { Hono } from "hono";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import type { AppDeps } from "./deps.js";
import { errorHandler, notFoundHandler } from "./middleware/error-handler.js";
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
  app.use(refuseNulInUrl);
  for (const module of [...routeModules, ...(options.extraRoutes ?? [])]) app.route("/", module(deps));
  app.notFound(notFoundHandler);
  app.onError(errorHandler(deps.logger));
  return app;
}
