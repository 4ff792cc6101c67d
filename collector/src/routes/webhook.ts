import { noQuerySchema, webhookEndpointRequestSchema, webhookEventsQuerySchema } from "@shinsa/shared";
import { Hono } from "hono";
import type { AppDeps } from "../deps.js";
import { readBody } from "../lib/read-body.js";
import { readQuery } from "../lib/read-query.js";
import { requireSecretKey, type SiteEnv } from "../middleware/auth.js";
import { limitBody } from "../middleware/body-limit.js";
import {
  getWebhook,
  listWebhookEvents,
  pingWebhook,
  removeWebhook,
  resendWebhookEvent,
  rotateWebhookSecret,
  setWebhook,
} from "../webhooks/manage-webhook.js";

/** The site's decision webhook (secret key): its receiver, signing secret, and the events sent to it. */
export function webhookRoutes(deps: AppDeps) {
  const site = new Hono<SiteEnv>();
  site.use("/v1/webhook", requireSecretKey(deps.db)).use("/v1/webhook/*", requireSecretKey(deps.db));
  return site
    .get("/v1/webhook", async (c) => {
      readQuery(c, noQuerySchema);
      return c.json(await getWebhook(deps, c.var.siteId));
    })
    .put("/v1/webhook", limitBody(16 * 1024), async (c) => {
      const { created, endpoint } = await setWebhook(
        deps,
        c.var.siteId,
        await readBody(c, webhookEndpointRequestSchema),
      );
      return c.json(endpoint, created ? 201 : 200);
    })
    .delete("/v1/webhook", async (c) => {
      await removeWebhook(deps, c.var.siteId);
      return c.json({ deleted: true });
    })
    .post("/v1/webhook/secret", async (c) => c.json(await rotateWebhookSecret(deps, c.var.siteId)))
    .post("/v1/webhook/ping", async (c) => c.json(await pingWebhook(deps, c.var.siteId), 202))
    .get("/v1/webhook/events", async (c) => {
      const query = readQuery(c, webhookEventsQuerySchema);
      return c.json({ events: await listWebhookEvents(deps, c.var.siteId, query) });
    })
    .post("/v1/webhook/events/:eventId/resend", async (c) => {
      await resendWebhookEvent(deps, c.var.siteId, c.req.param("eventId"));
      return c.json({ eventId: c.req.param("eventId"), queued: true }, 202);
    });
}
