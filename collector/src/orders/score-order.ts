import type { OrderRequest, OrderResponse } from "@shinsa/shared";
import type { AppDeps } from "../deps.js";
import type { Lang } from "../lib/lang.js";
import { wakeRescores } from "./rescore-linked.js";
import { scoreAndStore } from "./score-and-store.js";

/**
 * Scores an order as every caller does (the API, the CSV import, the demo): the answer now, and
 * the re-scoring of the orders it tells something new about (those it joins, its resale cluster)
 * stored with it and taken up behind it, off the request's path, in the site's own background
 * scope (rescore-linked.ts; `background.idle(siteId)` waits for it).
 */
export async function scoreOrder(
  deps: Pick<AppDeps, "db" | "now" | "secret" | "background" | "rescores" | "logger" | "metrics">,
  siteId: string,
  request: OrderRequest,
  options: { lang?: Lang } = {},
): Promise<OrderResponse> {
  const { answer, rescore } = await scoreAndStore(deps, siteId, request, options);
  deps.metrics.scored(answer.decision);
  if (rescore.length > 0) wakeRescores(deps, siteId);
  return answer;
}
