import {
  WEBHOOK_EVENT_TYPES,
  type WebhookDeliveryType,
  type WebhookEndpoint,
  type WebhookEndpointRequest,
  type WebhookEventRecord,
  type WebhookEventStatus,
  type WebhookEventType,
} from "@shinsa/shared";
import {
  deleteEndpoint,
  readEndpoint,
  rotateEndpointSecret,
  upsertEndpoint,
  type WebhookEndpointRow,
} from "../db/queries/webhook-endpoints.js";
import { countUndelivered, insertPing, listEvents, requeueEvent } from "../db/queries/webhook-outbox.js";
import type { AppDeps } from "../deps.js";
import { ApiError, notFound } from "../lib/api-error.js";
import { refusedHost } from "./receiver-address.js";
import { newSigningSecret, sealSigningSecret } from "./signing-secret.js";

// A site's webhook as the merchant manages it: set the receiver, rotate its signing secret, see
// what was sent and what failed, send a failed event again, send a ping.

type Deps = Pick<AppDeps, "db" | "now" | "secret" | "config">;
const DAY = 86_400_000;

export async function getWebhook(deps: Deps, siteId: string): Promise<WebhookEndpoint> {
  const row = await readEndpoint(deps.db, siteId);
  if (!row) throw notFound("webhook endpoint");
  return describe(deps, row);
}

/** Creates or changes the endpoint; a new one answers its signing secret, once. */
export async function setWebhook(deps: Deps, siteId: string, request: WebhookEndpointRequest) {
  const url = new URL(request.url);
  const refused = deps.config.webhooks.allowPrivate ? null : refusedHost(url.hostname);
  if (refused)
    throw new ApiError(
      400,
      "invalid_body",
      `url: ${refused}; a receiver must be reachable on a public address (SHINSA_WEBHOOK_ALLOW_PRIVATE=1 allows private ones)`,
    );
  if (url.username || url.password)
    throw new ApiError(400, "invalid_body", "url: credentials in a URL are not sent; verify the signature instead");
  const secret = newSigningSecret();
  const { created, row } = await upsertEndpoint(deps.db, {
    siteId,
    url: url.toString(),
    events: [...new Set(request.events ?? WEBHOOK_EVENT_TYPES)],
    sealedSecret: sealSigningSecret(deps.secret, secret),
    now: deps.now(),
  });
  const endpoint = await describe(deps, row);
  return { created, endpoint: created ? { ...endpoint, signingSecret: secret } : endpoint };
}

/** A new signing secret, answered once; the old one still signs beside it for a day. */
export async function rotateWebhookSecret(deps: Deps, siteId: string): Promise<WebhookEndpoint> {
  const secret = newSigningSecret();
  const now = deps.now();
  const row = await rotateEndpointSecret(deps.db, {
    siteId,
    sealedSecret: sealSigningSecret(deps.secret, secret),
    previousUntil: new Date(now.getTime() + DAY),
    now,
  });
  if (!row) throw notFound("webhook endpoint");
  return { ...(await describe(deps, row)), signingSecret: secret };
}

export async function removeWebhook(deps: Deps, siteId: string): Promise<void> {
  if (!(await deleteEndpoint(deps.db, siteId))) throw notFound("webhook endpoint");
}

export async function listWebhookEvents(
  deps: Deps,
  siteId: string,
  query: { status?: WebhookEventStatus; limit: number },
): Promise<WebhookEventRecord[]> {
  const rows = await listEvents(deps.db, siteId, query.status, query.limit);
  return rows.map((r) => ({
    id: r.id,
    type: r.type as WebhookDeliveryType,
    createdAt: r.createdAt.toISOString(),
    status: r.deliveredAt ? "delivered" : r.failedAt ? "failed" : "pending",
    attempts: r.attempts,
    nextAttemptAt: r.deliveredAt || r.failedAt ? null : (r.nextAttemptAt?.toISOString() ?? null),
    deliveredAt: r.deliveredAt?.toISOString() ?? null,
    lastStatus: r.lastStatus,
    lastError: r.lastError,
    orderId: r.orderId,
  }));
}

/** Sends a failed (or delivered) event again, now, with a fresh run of attempts. */
export async function resendWebhookEvent(deps: Deps, siteId: string, eventId: string): Promise<void> {
  if (!(await requeueEvent(deps.db, siteId, eventId, deps.now()))) throw notFound("delivered or failed event");
}

/** Queues a `ping` to the endpoint; its delivery shows in the event list like any other. */
export async function pingWebhook(deps: Deps, siteId: string): Promise<{ eventId: string }> {
  const eventId = await insertPing(deps.db, siteId, deps.now());
  if (!eventId) throw notFound("webhook endpoint");
  return { eventId };
}

async function describe(deps: Deps, row: WebhookEndpointRow): Promise<WebhookEndpoint> {
  const counts = await countUndelivered(deps.db, row.siteId);
  return {
    url: row.url,
    events: row.events as WebhookEventType[],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...counts,
  };
}
