import type { Logger } from "../lib/logger.js";
import { type DeliverDeps, deliverDueEvents } from "./deliver-due-events.js";

export interface WebhookDispatcher {
  /** Delivers what is due now without waiting for the next tick (a test, or right after an event). */
  drain(): Promise<void>;
  /** Stops the timer and waits for the pass in flight. */
  stop(): Promise<void>;
}

/**
 * Polls the outbox every `intervalMs` in this process. Every collector process runs one: claims
 * keep them from sending one event twice at once, and any of them finishes what a dead one left.
 * A database outage is logged once when it starts and once when it ends, not every second.
 */
export function startWebhookDispatcher(
  deps: DeliverDeps & { logger: Logger },
  options: { intervalMs?: number } = {},
): WebhookDispatcher {
  let pass: Promise<void> | undefined;
  let failing = false;
  const drain = () => {
    pass ??= (async () => {
      try {
        // Each event claimed is delivered or put off to a later attempt: passes end when none is due.
        while ((await deliverDueEvents(deps)) > 0) {}
        if (failing) deps.logger.info("webhook deliveries resumed");
        failing = false;
      } catch (err) {
        if (!failing) deps.logger.error({ err }, "webhook delivery pass failed; retrying every tick");
        failing = true;
      } finally {
        pass = undefined;
      }
    })();
    return pass;
  };
  const timer = setInterval(() => void drain(), options.intervalMs ?? 1_000);
  timer.unref();
  return {
    drain,
    async stop() {
      clearInterval(timer);
      await pass;
    },
  };
}
