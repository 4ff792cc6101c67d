import type { WebhookEvent } from "@shinsa/shared";
import { claimDueEvents, type DueEvent, readSitesWithDueEvents, recordDelivery } from "../db/queries/webhook-outbox.js";
import type { AppDeps } from "../deps.js";
import { postEvent } from "./post-event.js";
import { retryDelay } from "./retry-schedule.js";
import { SIGNATURE_HEADER, signatureHeader } from "./sign-event.js";
import { openSigningSecret } from "./signing-secret.js";

/** Events claimed in one pass, and posted side by side. */
const BATCH = 8;

export type DeliverDeps = Pick<AppDeps, "db" | "now" | "secret" | "metrics" | "config"> & {
  /** Spread of retries in [0, 1); Math.random unless a test fixes it. */
  jitter?: () => number;
};

/**
 * One pass of the outbox: claims the events due now, posts each to its site's endpoint, signed,
 * and records what happened (delivered, retried later, or given up after the last attempt).
 * Answers how many it claimed, so the caller knows whether more are waiting.
 */
export async function deliverDueEvents(deps: DeliverDeps): Promise<number> {
  const now = deps.now();
  // Longer than the attempts can take, so a claim outlives its delivery unless the process died;
  // short, so what a dead process held is sent by another (or by it, restarted) soon after.
  const lockedUntil = new Date(now.getTime() + 2 * deps.config.webhooks.timeoutMs + 5_000);
  // A share for each site with events due, the longest-waiting first, so one site's backlog (its
  // receiver down for a day) does not hold back the others' deliveries.
  const sites = await readSitesWithDueEvents(deps.db, now, BATCH);
  const share = Math.max(1, Math.floor(BATCH / Math.max(1, sites.length)));
  const due = (
    await Promise.all(sites.map((siteId) => claimDueEvents(deps.db, siteId, now, lockedUntil, share)))
  ).flat();
  await Promise.all(due.map((event) => deliverOne(deps, event)));
  return due.length;
}

async function deliverOne(deps: DeliverDeps, event: DueEvent): Promise<void> {
  const attemptAt = deps.now();
  let status: number | null = null;
  let error: string;
  if (event.url === null || event.secret === null) {
    error = "the site has no webhook endpoint any more";
  } else {
    const body = JSON.stringify({
      id: event.id,
      type: event.type,
      createdAt: event.createdAt.toISOString(),
      siteId: event.siteId,
      data: event.data as WebhookEvent["data"],
    } satisfies WebhookEvent);
    const secrets = [openSigningSecret(deps.secret, event.secret)];
    if (event.previousSecret && event.previousUntil && event.previousUntil > attemptAt)
      secrets.push(openSigningSecret(deps.secret, event.previousSecret));
    const headers = {
      "content-type": "application/json",
      "user-agent": "Shinsa-Webhooks/1",
      "shinsa-event-id": event.id,
      "shinsa-event-type": event.type,
      [SIGNATURE_HEADER]: signatureHeader(secrets, Math.floor(attemptAt.getTime() / 1000), body),
    };
    try {
      status = await postEvent(event.url, headers, body, {
        allowPrivate: deps.config.webhooks.allowPrivate,
        timeoutMs: deps.config.webhooks.timeoutMs,
      });
    } catch (err) {
      error = (err as Error).message;
    }
    if (status !== null && status >= 200 && status < 300) {
      await recordDelivery(deps.db, event.siteId, event.id, { delivered: true, at: deps.now(), status });
      deps.metrics.webhookDelivery("delivered");
      return;
    }
    error ??= `the receiver answered ${status}`;
  }
  const delay = event.url === null ? null : retryDelay(event.attempts, (deps.jitter ?? Math.random)());
  const retryAt = delay === null ? null : new Date(attemptAt.getTime() + delay);
  await recordDelivery(deps.db, event.siteId, event.id, { delivered: false, status, error, retryAt, at: attemptAt });
  deps.metrics.webhookDelivery(retryAt ? "retry" : "failed");
}
