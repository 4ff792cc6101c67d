import { Hono } from "hono";
import type { AppDeps } from "../deps.js";
import { requireSecretKey, type SiteEnv } from "../middleware/auth.js";
import { eraseCustomer } from "../scoring/erase-customer.js";

export function customersRoutes({ db, secret, now }: AppDeps) {
  return new Hono<SiteEnv>()
    .use("/v1/customers/*", requireSecretKey(db))
    .delete("/v1/customers/:customerId", async (c) =>
      c.json(await eraseCustomer(db, secret, c.var.siteId, c.req.param("customerId"), now())),
    );
}
