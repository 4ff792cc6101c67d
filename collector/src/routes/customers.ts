import { Hono } from "hono";
import type { AppDeps } from "../deps.js";
import { requireSecretKey, type SiteEnv } from "../middleware/auth.js";
import { eraseCustomer } from "../orders/erase-customer.js";

export function customersRoutes(deps: AppDeps) {
  return new Hono<SiteEnv>()
    .use("/v1/customers/*", requireSecretKey(deps.db))
    .delete("/v1/customers/:customerId", async (c) =>
      c.json(await eraseCustomer(deps, c.var.siteId, c.req.param("customerId"))),
    );
}
