import { feedbackRequestSchema } from "@shinsa/shared";
import { Hono } from "hono";
import type { AppDeps } from "../deps.js";
import { getLang } from "../lib/lang.js";
import { readBody, readJson } from "../lib/read-body.js";
import { requireSecretKey, type SiteEnv } from "../middleware/auth.js";
import { limitBody } from "../middleware/body-limit.js";
import { decideOrder } from "../orders/decide-order.js";
import { getOrder } from "../orders/get-order.js";
import { scoreOrder } from "../orders/score-order.js";

export function ordersRoutes(deps: AppDeps) {
  const { db } = deps;
  return (
    new Hono<SiteEnv>()
      // "/v1/orders/*" also matches "/v1/orders" itself: one look-up of the key per request.
      .use("/v1/orders/*", requireSecretKey(db))
      .post("/v1/orders", limitBody(256 * 1024), async (c) => {
        // scoreOrder validates with the shared schema, so the CSV import gets the same 4xx.
        const order = (await readJson(c)) as Parameters<typeof scoreOrder>[2];
        return c.json(await scoreOrder(deps, c.var.siteId, order, { lang: getLang(c) }));
      })
      .get("/v1/orders/:orderId", async (c) =>
        c.json(await getOrder(deps, c.var.siteId, c.req.param("orderId"), getLang(c))),
      )
      .post("/v1/orders/:orderId/feedback", limitBody(16 * 1024), async (c) => {
        const feedback = await readBody(c, feedbackRequestSchema);
        return c.json(await decideOrder(deps, c.var.siteId, c.req.param("orderId"), feedback));
      })
  );
}
