import { Hono } from "hono";
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
  app.use(secureHeaders({ crossOriginResourcePolicy: "cross-origin" }));
  app.use(refuseNulInUrl);
  for (const module of [...routeModules, ...(options.extraRoutes ?? [])]) app.route("/", module(deps));
  app.notFound(notFoundHandler);
  app.onError(errorHandler);
  return app;
}
