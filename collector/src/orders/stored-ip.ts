import type { OrderRequest } from "@shinsa/shared";
import { truncateIp } from "../lib/truncate-ip.js";

/**
 * Marks a stored request whose IP is (or was, once the pass is done) kept cut to its network, so
 * the pass over orders stored before `truncateIp` was turned on (sites/ip-truncation.ts) finds only
 * the ones it has not seen: their IP is inside the seal, out of reach of a query.
 */
export const IP_TRUNCATED = "$ipTruncated";

/** The request as it is stored: with truncateIp, its IP cut to the network and the request marked. */
export function storedRequest(order: OrderRequest, truncate: boolean): Record<string, unknown> {
  const request = order as unknown as Record<string, unknown>;
  if (!truncate) return request;
  return { ...request, ...(order.ip && { ip: truncateIp(order.ip) }), [IP_TRUNCATED]: true };
}
