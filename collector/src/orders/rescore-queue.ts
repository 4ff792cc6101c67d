import type { Lang } from "../lib/lang.js";

/** An order whose answer joined others (or a fraud label on one): why those are scored again. */
export interface RescoreTrigger {
  orderId: string;
  placedAt: Date;
  lang?: Lang;
}

/** An order waiting to be scored again, and the newest orders that asked for it. */
export interface QueuedRescore {
  orderId: string;
  triggers: RescoreTrigger[];
}

/**
 * The orders of each site waiting to be scored again. A re-score reads the order's links as they
 * are when it runs, so an order asked for by ten new orders (a ring's first order, as its members
 * arrive) needs one re-score, not ten: the queue holds each waiting order once. The queue is
 * bounded because re-scoring can be outrun: an order costs as much to score again as to score, and
 * a process saturated by intake re-scores slower than orders arrive (bench:load:queue on two
 * cores: ~130 orders a second in, ~95 re-scores a second out). Before, the queue was a promise
 * chain with no limit, and under sustained intake it only grew. Past the limit a new order is not
 * queued and is counted as dropped: nothing acknowledged depends on a re-score, and the next order
 * that joins the same group asks again.
 */
export interface RescoreQueue {
  /** Queues the orders; true when the site has no drain running, so the caller must start one. */
  add(siteId: string, orderIds: string[], trigger: RescoreTrigger): boolean;
  /** Up to `max` of the site's waiting orders, longest waiting first, taken off the queue. An empty answer ends the site's drain. */
  take(siteId: string, max: number): QueuedRescore[];
  /** Orders waiting, every site. */
  pending(): number;
  /** Orders not queued because the queue was full, since the process started. */
  dropped(): number;
}

// Each waiting order holds its id and a few triggers, about half a kilobyte: 50,000 of them is
// ~25 MB, a backlog of several minutes of the busiest intake measured on one process.
export const RESCORE_QUEUE_LIMIT = 50_000;
// The window check needs one trigger placed near the order; the newest few are enough to find one.
const TRIGGERS_KEPT = 4;

export function createRescoreQueue(limit = RESCORE_QUEUE_LIMIT): RescoreQueue {
  const sites = new Map<string, { waiting: Map<string, QueuedRescore>; draining: boolean }>();
  let pending = 0;
  let dropped = 0;
  return {
    add(siteId, orderIds, trigger) {
      let site = sites.get(siteId);
      if (!site) {
        site = { waiting: new Map(), draining: false };
        sites.set(siteId, site);
      }
      for (const orderId of orderIds) {
        if (orderId === trigger.orderId) continue;
        const queued = site.waiting.get(orderId);
        if (queued) {
          queued.triggers = [...queued.triggers.filter((t) => t.orderId !== trigger.orderId), trigger].slice(
            -TRIGGERS_KEPT,
          );
        } else if (pending >= limit) {
          dropped++;
        } else {
          site.waiting.set(orderId, { orderId, triggers: [trigger] });
          pending++;
        }
      }
      if (site.draining) return false;
      if (site.waiting.size === 0) {
        sites.delete(siteId);
        return false;
      }
      site.draining = true;
      return true;
    },
    take(siteId, max) {
      const site = sites.get(siteId);
      if (!site) return [];
      const batch: QueuedRescore[] = [];
      for (const queued of site.waiting.values()) {
        if (batch.length === max) break;
        batch.push(queued);
      }
      for (const { orderId } of batch) site.waiting.delete(orderId);
      pending -= batch.length;
      // The site holds nothing once drained: the map stays as small as the work waiting.
      if (batch.length === 0) sites.delete(siteId);
      return batch;
    },
    pending: () => pending,
    dropped: () => dropped,
  };
}
