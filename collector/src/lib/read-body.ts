import type { IncomingMessage } from "node:http";
import type { Context } from "hono";
import type { z } from "zod";
import { ApiError } from "./api-error.js";
import { findJsonFault } from "./json-guard.js";

const limits = new WeakMap<Context, number>();

/** What a body may weigh when its route sets no limit: a refusal, never an unbounded read. */
const DEFAULT_BODY_LIMIT = 1024 * 1024;

export const payloadTooLarge = (maxBytes: number) =>
  new ApiError(413, "payload_too_large", `the body is larger than ${maxBytes} bytes`);

/** Sets the most bytes this request's body may have (the `limitBody` middleware). */
export const setBodyLimit = (c: Context, maxBytes: number) => void limits.set(c, maxBytes);

/**
 * The body's bytes, refused with 413 past the route's `limitBody`. On Node the bytes come from the
 * socket's own message: asking Hono for them builds a web `Request` and its stream first, which cost
 * a page view more than storing it. Elsewhere (tests' `app.request`, other runtimes) the request's
 * stream is read, with the same count.
 */
export async function readBytes(c: Context): Promise<Uint8Array> {
  const max = limits.get(c) ?? DEFAULT_BODY_LIMIT;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const take = (chunk: Uint8Array) => {
    size += chunk.byteLength;
    if (size > max) throw payloadTooLarge(max);
    chunks.push(chunk);
  };
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming && typeof incoming.read === "function" && !incoming.readableDidRead) {
    try {
      for await (const chunk of incoming) take(chunk as Buffer);
    } catch (err) {
      if (err instanceof ApiError) throw err;
      // The client went away mid-body: nobody waits for an answer, and it is no fault of ours.
      throw new ApiError(400, "body_incomplete", "the connection closed before the whole body arrived");
    }
  } else if (c.req.raw.body) {
    const reader = c.req.raw.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        take(value);
      }
    } finally {
      reader.releaseLock();
    }
  }
  return chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks, size);
}

// As `Response.text()` decodes (Encoding standard): UTF-8, a leading BOM dropped, bad bytes as U+FFFD.
const utf8 = new TextDecoder();

/** The body as UTF-8 text, bounded like `readBytes`. */
export const readText = async (c: Context): Promise<string> => utf8.decode(await readBytes(c));

/**
 * Reads a JSON body whatever its Content-Type: the SDK posts `text/plain` on purpose, since that
 * is a CORS "simple request" and costs no preflight round trip (Fetch standard, CORS-safelisted
 * request header).
 */
export async function readJson(c: Context): Promise<unknown> {
  const text = await readText(c);
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
