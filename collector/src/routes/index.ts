import type { Hono } from "hono";
import { consoleRoutes } from "../console/console-routes.js";
import type { AppDeps } from "../deps.js";
import { adminKeysRoutes } from "./admin-keys.js";
import { adminSitesRoutes } from "./admin-sites.js";
import { collectRoutes } from "./collect.js";
import { customersRoutes } from "./customers.js";
import { healthRoutes } from "./health.js";
import { metricsRoutes } from "./metrics.js";
import { openApiRoutes } from "./openapi.js";
import { ordersRoutes } from "./orders.js";
import { ordersImportRoutes } from "./orders-import.js";
import { ordersListRoutes } from "./orders-list.js";
import { ringsRoutes } from "./rings.js";
import { sdkScriptRoutes } from "./sdk-script.js";
import { settingsRoutes } from "./settings.js";
import { tokensRoutes } from "./tokens.js";
import { webhookRoutes } from "./webhook.js";

// Every route module of the API. Adding one: a file in this folder and a line here
// (ARCHITECTURE.md, "How to add a route").
// biome-ignore lint/suspicious/noExplicitAny: each module has its own Env; the app only mounts them.
export const routeModules: Array<(deps: AppDeps) => Hono<any>> = [
  healthRoutes,
  metricsRoutes,
  openApiRoutes,
  sdkScriptRoutes,
  adminSitesRoutes,
  adminKeysRoutes,
  collectRoutes,
  tokensRoutes,
  ordersRoutes,
  ordersImportRoutes,
  ordersListRoutes,
  ringsRoutes,
  customersRoutes,
  settingsRoutes,
  webhookRoutes,
  consoleRoutes,
];
