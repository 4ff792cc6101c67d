import { Hono } from "hono";
import type { AppDeps } from "../deps.js";
import { requireSecretKey, type SiteEnv } from "../middleware/auth.js";
import { eraseCustomer } from "../scoring/erase-customer.js";

export function customersRoutes({ db, secret, now, background }: AppDeps) {
  return new Hono<SiteEnv>()
    .use("/v1/customers/*", requireSecretKey(db))
    .delete("/v1/customers/:customerId", async (c) => {
      // A re-score already queued re-writes an order from what it read before: let it finish first,
      // so it cannot put back what the erasure removes (rescore.ts skips erased orders after).
      await background.idle();
      return c.json(await eraseCustomer(db, secret, c.var.siteId, c.req.param("customerId"), now()));
    });
}
