import type { ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { isDatabaseUnavailable } from "../db/unavailable.js";
import { ApiError } from "../lib/api-error.js";
import type { Logger } from "../lib/logger.js";

/**
 * The one `onError`: every failure leaves as `{error: {code, message}}`, and a 5xx says nothing
 * inside. The log gets the route's pattern (`/v1/customers/:customerId`, not the id itself), the
 * request id the client also received, and the error as `safeError` writes it.
 */
export const errorHandler =
  (logger: Logger): ErrorHandler =>
  (err, c) => {
    if (err instanceof ApiError) {
      return c.json({ error: { code: err.code, message: err.message } }, err.status);
    }
    if (err instanceof HTTPException && err.status < 500) {
      return c.json({ error: { code: codeForStatus(err.status), message: err.message || "bad request" } }, err.status);
    }
    const requestId: unknown = c.get("requestId");
    if (isDatabaseUnavailable(err)) {
      // Nothing was acknowledged: the client may send the same request again (an order by its
      // orderId is stored once), and a load balancer sees a 503 rather than a bug.
      logger.warn({ requestId, method: c.req.method, route: c.req.routePath, err }, "database unavailable");
      c.header("Retry-After", String(DATABASE_RETRY_AFTER_S));
      return c.json(
        { error: { code: "database_unavailable", message: "the database cannot be reached; try again shortly" } },
        503,
      );
    }
    logger.error({ requestId, method: c.req.method, route: c.req.routePath, err }, "request failed");
    return c.json(
      {
        error: {
          code: "internal_error",
          message: `internal error; the operator's log has the details (request ${requestId})`,
        },
      },
      500,
    );
  };

/** What a 503 for an unreachable database asks the client to wait, in seconds. */
export const DATABASE_RETRY_AFTER_S = 5;

export const notFoundHandler: NotFoundHandler = (c) =>
  c.json({ error: { code: "not_found", message: `no route for ${c.req.method} ${c.req.path}` } }, 404);

function codeForStatus(status: number): string {
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 413) return "payload_too_large";
  return "bad_request";
}
