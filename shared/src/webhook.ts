import { z } from "zod";
import type { Decision, FeedbackLabel } from "./order.js";

// Decision webhooks: what a merchant subscribes to, and the events Shinsa posts to them. Every
// event is signed (the `Shinsa-Signature` header, HMAC-SHA256 of `<timestamp>.<body>`) and sent at
// least once: a receiver may see one event id twice and should act on it once.

/**
 * - `order.scored`: a new order was scored (through the API or a CSV import).
 * - `order.rescored`: a stored order's decision changed because a later order linked to it.
 * - `order.reviewed`: a person decided an order (feedback or the console).
 */
export const WEBHOOK_EVENT_TYPES = ["order.scored", "order.rescored", "order.reviewed"] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** `ping`, sent on request to check an endpoint, is delivered whatever the endpoint subscribes to. */
export type WebhookDeliveryType = WebhookEventType | "ping";

export const webhookEndpointRequestSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: "an http(s) URL such as https://shop.example/hooks/shinsa" }).max(2000),
  /** The events to send; all of them when left out. */
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)).min(1).max(WEBHOOK_EVENT_TYPES.length).optional(),
});
export type WebhookEndpointRequest = z.input<typeof webhookEndpointRequestSchema>;

export const WEBHOOK_EVENT_STATUSES = ["pending", "delivered", "failed"] as const;
export type WebhookEventStatus = (typeof WEBHOOK_EVENT_STATUSES)[number];

export const webhookEventsQuerySchema = z.strictObject({
  status: z.enum(WEBHOOK_EVENT_STATUSES).optional(),
  limit: z
    .string()
    .regex(/^\d{1,3}$/, "a whole number")
    .transform(Number)
    .pipe(z.number().int().min(1).max(200))
    .default(50),
});

/** The endpoint as the merchant set it; the signing secret is answered only when it is made. */
export interface WebhookEndpoint {
  url: string;
  events: WebhookEventType[];
  createdAt: string;
  updatedAt: string;
  /** Events waiting for their next attempt, and those given up after the last retry. */
  pending: number;
  failed: number;
  /** `whsec_…`: in the answer that creates it or rotates it, never again. */
  signingSecret?: string;
}

/** What the order is now: never a name, address, e-mail or phone. */
export interface WebhookOrderData {
  orderId: string;
  score: number;
  decision: Decision;
  reasons: string[];
  ringId: string | null;
  /** `order.rescored`: the answer the order had before. */
  previous?: { score: number; decision: Decision };
  /** `order.rescored`: the order whose arrival set off the re-scoring. */
  rescoredBy?: string;
  /** `order.reviewed`: the person's decision. */
  review?: { label: FeedbackLabel; reviewer: string | null; at: string };
}

/** The body of every delivery. */
export interface WebhookEvent {
  id: string;
  type: WebhookDeliveryType;
  createdAt: string;
  siteId: string;
  data: WebhookOrderData | Record<string, never>;
}

/** One event as `GET /v1/webhook/events` lists it, with how its delivery went. */
export interface WebhookEventRecord {
  id: string;
  type: WebhookDeliveryType;
  createdAt: string;
  status: WebhookEventStatus;
  attempts: number;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  /** The receiver's HTTP status of the last attempt, or null when none answered. */
  lastStatus: number | null;
  lastError: string | null;
  orderId: string | null;
}
