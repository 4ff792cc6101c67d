import type { Context } from "hono";
import type { z } from "zod";
import { ApiError } from "./api-error.js";
import { findJsonFault } from "./json-guard.js";

/**
 * Reads a JSON body whatever its Content-Type: the SDK posts `text/plain` on purpose, since that
 * is a CORS "simple request" and costs no preflight round trip (Fetch standard, CORS-safelisted
 * request header).
 */
export async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === "") throw new ApiError(400, "invalid_json", "the body is empty; send a JSON object");
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, "invalid_json", "the body is not valid JSON");
  }
}

/**
 * Validates with a shared schema; the message names the first few fields that are wrong. Text the
 * database cannot store (NUL, lone surrogates) and deep nesting are refused first, in any field,
 * so no schema has to remember them.
 */
export function validate<S extends z.ZodType>(schema: S, value: unknown, part: "body" | "query" = "body"): z.output<S> {
  const fault = findJsonFault(value);
  if (fault) throw new ApiError(400, `invalid_${part}`, `${fault.path}: ${fault.message}`);
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details = result.error.issues
    .slice(0, 5)
    .map((i) =>
      // An unknown field is named by its own path, so a client sees at once which one to drop.
      i.code === "unrecognized_keys"
        ? `${i.keys.map((k) => [...i.path, k].join(".")).join(", ")}: unknown field`
        : `${i.path.length ? i.path.join(".") : part}: ${i.message}`,
    )
    .join("; ");
  throw new ApiError(400, `invalid_${part}`, details);
}

export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  return validate(schema, await readJson(c));
}
