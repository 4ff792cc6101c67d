import {
  apiErrorSchema,
  collectPayloadSchema,
  collectResponseSchema,
  createSiteRequestSchema,
  feedbackRequestSchema,
  listOrdersQuerySchema,
  orderRequestSchema,
  updateSiteRequestSchema,
  webhookEndpointRequestSchema,
  webhookEventsQuerySchema,
} from "@shinsa/shared";
import type { ZodType } from "zod";
import { settingsPatchSchema } from "../scoring/settings.js";

// Every operation of the HTTP API, once: what it is, who may call it, what it takes. The OpenAPI
// document is built from this list and the shared schemas; a test checks the list against the
// app's own routes, so a route cannot be added or removed without the contract following.

export type Auth = "none" | "publicKey" | "secretKey" | "admin";

export interface Operation {
  method: "get" | "post" | "put" | "patch" | "delete" | "options";
  /** As the app routes it (`/v1/orders/:orderId`). */
  path: string;
  summary: string;
  auth: Auth;
  tag: "signals" | "orders" | "operations" | "admin" | "health";
  body?: { schema: ZodType; name: string; contentType?: string };
  query?: { schema: ZodType; name: string };
  /** The success answer: a named schema, or a description of what comes back. */
  answer: { status: number; schema?: { schema: ZodType; name: string }; contentType?: string; description: string };
  /** Where the contract's details are written out. */
  docs?: string;
}

export const operations: Operation[] = [
  {
    method: "get",
    path: "/openapi.json",
    summary: "This document",
    auth: "none",
    tag: "health",
    answer: { status: 200, description: "OpenAPI 3.1" },
  },
  {
    method: "get",
    path: "/healthz",
    summary: "The process answers",
    auth: "none",
    tag: "health",
    answer: { status: 200, description: '{"status": "ok"}' },
  },
  {
    method: "get",
    path: "/readyz",
    summary: "The database answers within 2 s (503 otherwise)",
    auth: "none",
    tag: "health",
    answer: { status: 200, description: '{"status": "ready"}' },
  },
  {
    method: "get",
    path: "/metrics",
    summary: "Prometheus metrics",
    auth: "admin",
    tag: "health",
    answer: { status: 200, contentType: "text/plain", description: "Prometheus text format" },
    docs: "docs/operations.md",
  },
  {
    method: "get",
    path: "/sdk.js",
    summary: "The SDK a checkout page loads",
    auth: "none",
    tag: "signals",
    answer: { status: 200, contentType: "text/javascript", description: "the bundle, with an ETag" },
    docs: "docs/signals.md",
  },
  {
    method: "options",
    path: "/v1/collect",
    summary: "CORS preflight for a site's listed origins",
    auth: "none",
    tag: "signals",
    answer: { status: 204, description: "CORS headers" },
  },
  {
    method: "post",
    path: "/v1/collect",
    summary: "The SDK's signals in, a token out",
    auth: "publicKey",
    tag: "signals",
    body: { schema: collectPayloadSchema, name: "CollectPayload", contentType: "text/plain" },
    answer: {
      status: 200,
      schema: { schema: collectResponseSchema, name: "CollectResponse" },
      description: "the token",
    },
    docs: "docs/signals.md",
  },
  {
    method: "get",
    path: "/v1/tokens/:token",
    summary: "What a token's page showed: device, flags and their reasons",
    auth: "secretKey",
    tag: "signals",
    answer: { status: 200, description: "the device's facts and flags" },
  },
  {
    method: "post",
    path: "/v1/orders",
    summary: "Score an order: score, decision, reasons, links",
    auth: "secretKey",
    tag: "orders",
    body: { schema: orderRequestSchema, name: "OrderRequest" },
    answer: { status: 200, description: "the score, decision, reasons and links" },
    docs: "docs/scoring.md",
  },
  {
    method: "post",
    path: "/v1/orders/import",
    summary: "A cart's CSV in, the same file with each order's score out (NDJSON progress on request)",
    auth: "secretKey",
    tag: "orders",
    answer: { status: 200, contentType: "text/csv", description: "the same file with score columns appended" },
    docs: "docs/csv.md",
  },
  {
    method: "get",
    path: "/v1/orders",
    summary: "Find orders: filters, search, cursor pages",
    auth: "secretKey",
    tag: "operations",
    query: { schema: listOrdersQuerySchema, name: "ListOrdersQuery" },
    answer: { status: 200, description: "orders newest first and the next page's cursor" },
    docs: "docs/operations.md",
  },
  {
    method: "get",
    path: "/v1/orders/:orderId",
    summary: "A stored order with its latest answer, re-score and reviews",
    auth: "secretKey",
    tag: "orders",
    answer: { status: 200, description: "the order, its latest answer and who decided what" },
  },
  {
    method: "post",
    path: "/v1/orders/:orderId/feedback",
    summary: "What the shop learnt: chargeback, legit, resale …",
    auth: "secretKey",
    tag: "operations",
    body: { schema: feedbackRequestSchema, name: "FeedbackRequest" },
    answer: { status: 200, description: "the order's answer after the label" },
    docs: "docs/operations.md",
  },
  {
    method: "get",
    path: "/v1/rings/:ringId",
    summary: "A ring: its accounts, orders and what links them",
    auth: "secretKey",
    tag: "orders",
    answer: { status: 200, description: "the ring's members and links" },
  },
  {
    method: "delete",
    path: "/v1/customers/:customerId",
    summary: "Erase a customer's personal data from their orders",
    auth: "secretKey",
    tag: "operations",
    answer: { status: 200, description: '{"erased": n}' },
    docs: "docs/security.md",
  },
  {
    method: "get",
    path: "/v1/settings",
    summary: "The site's scoring settings",
    auth: "secretKey",
    tag: "operations",
    answer: { status: 200, description: "the settings" },
  },
  {
    method: "patch",
    path: "/v1/settings",
    summary: "Change the site's scoring settings",
    auth: "secretKey",
    tag: "operations",
    body: { schema: settingsPatchSchema, name: "SettingsPatch" },
    answer: { status: 200, description: "the settings after the change" },
  },
  {
    method: "get",
    path: "/v1/webhook",
    summary: "The site's decision webhook: its receiver, events, and how many wait or failed",
    auth: "secretKey",
    tag: "operations",
    answer: { status: 200, description: "the endpoint (never its signing secret)" },
    docs: "docs/webhooks.md",
  },
  {
    method: "put",
    path: "/v1/webhook",
    summary: "Set the receiver of decision webhooks (201 with its signing secret, once, when new)",
    auth: "secretKey",
    tag: "operations",
    body: { schema: webhookEndpointRequestSchema, name: "WebhookEndpointRequest" },
    answer: { status: 200, description: "the endpoint; 201 with `signingSecret` when it was created" },
    docs: "docs/webhooks.md",
  },
  {
    method: "delete",
    path: "/v1/webhook",
    summary: "Stop sending webhooks (events still waiting are given up)",
    auth: "secretKey",
    tag: "operations",
    answer: { status: 200, description: '{"deleted": true}' },
    docs: "docs/webhooks.md",
  },
  {
    method: "post",
    path: "/v1/webhook/secret",
    summary: "A new signing secret (shown once); the old one signs beside it for 24 hours",
    auth: "secretKey",
    tag: "operations",
    answer: { status: 200, description: "the endpoint with its new `signingSecret`" },
    docs: "docs/webhooks.md",
  },
  {
    method: "post",
    path: "/v1/webhook/ping",
    summary: "Queue a `ping` event to the receiver",
    auth: "secretKey",
    tag: "operations",
    answer: { status: 202, description: '{"eventId": "evt_…"}' },
    docs: "docs/webhooks.md",
  },
  {
    method: "get",
    path: "/v1/webhook/events",
    summary: "Events sent or to be sent, newest first, with each one's attempts",
    auth: "secretKey",
    tag: "operations",
    query: { schema: webhookEventsQuerySchema, name: "WebhookEventsQuery" },
    answer: { status: 200, description: '{"events": [...]}' },
    docs: "docs/webhooks.md",
  },
  {
    method: "post",
    path: "/v1/webhook/events/:eventId/resend",
    summary: "Send a failed (or delivered) event again, now",
    auth: "secretKey",
    tag: "operations",
    answer: { status: 202, description: '{"eventId", "queued": true}' },
    docs: "docs/webhooks.md",
  },
  {
    method: "get",
    path: "/v1/admin/sites",
    summary: "Every site",
    auth: "admin",
    tag: "admin",
    answer: { status: 200, description: "the sites" },
  },
  {
    method: "post",
    path: "/v1/admin/sites",
    summary: "Create a site: its public key and first secret key (shown once)",
    auth: "admin",
    tag: "admin",
    body: { schema: createSiteRequestSchema, name: "CreateSiteRequest" },
    answer: { status: 201, description: "the site with its keys" },
  },
  {
    method: "patch",
    path: "/v1/admin/sites/:siteId",
    summary: "Rename a site or change its origins",
    auth: "admin",
    tag: "admin",
    body: { schema: updateSiteRequestSchema, name: "UpdateSiteRequest" },
    answer: { status: 200, description: "the site" },
  },
  {
    method: "get",
    path: "/v1/admin/sites/:siteId/keys",
    summary: "A site's live secret keys (hints only)",
    auth: "admin",
    tag: "admin",
    answer: { status: 200, description: "the keys" },
  },
  {
    method: "post",
    path: "/v1/admin/sites/:siteId/keys",
    summary: "A new secret key (shown once), for rotation",
    auth: "admin",
    tag: "admin",
    answer: { status: 201, description: "the key" },
    docs: "docs/operations.md",
  },
  {
    method: "delete",
    path: "/v1/admin/sites/:siteId/keys/:keyId",
    summary: "Revoke a secret key (not the last one)",
    auth: "admin",
    tag: "admin",
    answer: { status: 200, description: "revoked" },
  },
];

export const errorSchema = { schema: apiErrorSchema, name: "Error" };
