import type { OrderRequest, OrderResponse } from "@shinsa/shared";
import { and, eq, inArray } from "drizzle-orm";
import { orders } from "../db/schema.js";
import type { AppDeps } from "../deps.js";
import { type Lang, scoreOrder } from "./score-order.js";
import { getSiteSettings } from "./settings.js";

const HOUR = 3_600_000;
// The answer lists at most 20 joined orders; a bigger group is re-scored by its next orders.
const MAX_RESCORED = 20;

/** An order just scored, and the orders its answer says it joined. */
export interface Scored {
  orderId: string;
  placedAt: Date;
  joined: string[];
}

/**
 * A ring's or one person's first order has nothing to link to when it is scored; the second one
 * does. So when an order joins others, those still waiting to ship (placed within the site's
 * `rescoreHours` of it, and not labelled by the merchant) are scored again with what is known now:
 * their decision in `GET /v1/orders/{id}` and the CSV answer may rise (or fall) before they ship.
 * Each is re-scored as of the time it arrived, so its token is judged as it was then. A re-scored
 * order does not set off more re-scoring: the chain stops at the orders the new one touched.
 */
export async function rescoreJoined(
  deps: Pick<AppDeps, "db" | "now" | "secret">,
  siteId: string,
  scored: Scored,
  options: { lang?: Lang } = {},
): Promise<string[]> {
  if (scored.joined.length === 0) return [];
  const { rescoreHours } = await getSiteSettings(deps.db, siteId);
  if (rescoreHours === 0) return [];
  const window = rescoreHours * HOUR;
  const rows = await deps.db
    .select({
      orderId: orders.orderId,
      placedAt: orders.placedAt,
      receivedAt: orders.receivedAt,
      request: orders.request,
      label: orders.label,
      erasedAt: orders.erasedAt,
    })
    .from(orders)
    .where(and(eq(orders.siteId, siteId), inArray(orders.orderId, scored.joined.slice(0, MAX_RESCORED))));
  const done: string[] = [];
  for (const row of rows) {
    // Labelled: the merchant has decided. Erased: its names and addresses are gone, and scoring it
    // again would replace the identifiers that still link it.
    const waiting =
      row.label === null &&
      row.erasedAt === null &&
      Math.abs(scored.placedAt.getTime() - row.placedAt.getTime()) <= window;
    if (!waiting || row.orderId === scored.orderId) continue;
    await scoreOrder({ ...deps, now: () => row.receivedAt }, siteId, row.request as unknown as OrderRequest, options);
    done.push(row.orderId);
  }
  return done;
}

/**
 * Scores an order as the API and the CSV import do: the answer now, and the re-scoring of the
 * orders it joined queued behind it, off the request's path.
 */
export async function scoreAndRescore(
  deps: Pick<AppDeps, "db" | "now" | "secret" | "background">,
  siteId: string,
  request: OrderRequest,
  options: { lang?: Lang } = {},
): Promise<OrderResponse> {
  const answer = await scoreOrder(deps, siteId, request, options);
  queueRescore(deps, siteId, request, answer, options);
  return answer;
}

function queueRescore(
  deps: Pick<AppDeps, "db" | "now" | "secret" | "background">,
  siteId: string,
  request: Pick<OrderRequest, "orderId" | "createdAt">,
  answer: OrderResponse,
  options: { lang?: Lang } = {},
): void {
  const joined = answer.links?.orders ?? [];
  if (joined.length === 0) return;
  const placedAt = request.createdAt ? new Date(request.createdAt) : deps.now();
  deps.background.run(`re-scoring the orders ${request.orderId} joined`, () =>
    rescoreJoined(deps, siteId, { orderId: request.orderId, placedAt, joined }, options),
  );
}
