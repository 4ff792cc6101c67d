import { listOrdersQuerySchema } from "@shinsa/shared";
import { Hono } from "hono";
import type { AppDeps } from "../deps.js";
import { readQuery } from "../lib/read-query.js";
import { requireSecretKey, type SiteEnv } from "../middleware/auth.js";
import { listOrders } from "../orders/list-orders.js";

/** `GET /v1/orders`: the site's orders, newest first, filtered and a page at a time. */
export function ordersListRoutes(deps: AppDeps) {
  return new Hono<SiteEnv>()
    .use("/v1/orders", requireSecretKey(deps.db))
    .get("/v1/orders", async (c) => c.json(await listOrders(deps, c.var.siteId, readQuery(c, listOrdersQuerySchema))));
}
