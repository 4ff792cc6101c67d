import type { Context } from "hono";
import type { z } from "zod";
import { ApiError } from "./api-error.js";
import { validate } from "./read-body.js";

/**
 * Validates the query string with a shared schema (strict ones refuse unknown parameters). A
 * parameter given twice is refused rather than one of its values silently picked.
 */
export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const all = c.req.queries();
  const repeated = Object.keys(all).filter((name) => (all[name]?.length ?? 0) > 1);
  if (repeated.length) throw new ApiError(400, "invalid_query", `give each parameter once: ${repeated.join(", ")}`);
  return validate(schema, c.req.query(), "query");
}
