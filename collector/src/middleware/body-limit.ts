import type { MiddlewareHandler } from "hono";
import { payloadTooLarge, setBodyLimit } from "../lib/read-body.js";

/**
 * Refuses bodies over `maxBytes` with 413: at once when Content-Length says so, and otherwise while
 * the body is read (`readBytes`), before more than `maxBytes` are held. Hono's own bodyLimit asks for
 * the request's web stream to count a chunked body, and on Node that builds a whole `Request` for
 * every post, some 40 % of a page view's CPU as measured; the count is done where the body is read.
 */
export const limitBody =
  (maxBytes: number): MiddlewareHandler =>
  async (c, next) => {
    const length = c.req.header("content-length");
    if (length !== undefined && Number(length) > maxBytes) throw payloadTooLarge(maxBytes);
    setBodyLimit(c, maxBytes);
    await next();
  };
