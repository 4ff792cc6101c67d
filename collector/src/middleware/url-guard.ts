import { createMiddleware } from "hono/factory";
import { ApiError } from "../lib/api-error.js";

/**
 * Refuses a URL whose path or query decodes to a NUL: an id holding one would reach PostgreSQL,
 * whose `text` cannot store it, and come back as a 500. (A lone surrogate cannot arrive this way:
 * its percent-encoded bytes are not UTF-8, so they are never decoded into a string.)
 */
export const refuseNulInUrl = createMiddleware(async function urlGuard(c, next) {
  if (/%00/.test(c.req.url)) throw new ApiError(400, "invalid_url", "the URL holds a NUL character (%00)");
  await next();
});
