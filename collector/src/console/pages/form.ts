import type { Context } from "hono";
import { ApiError } from "../../lib/api-error.js";

/** A posted form's text fields (the middleware already parsed and checked it). */
export async function formOf(c: Context): Promise<Record<string, string>> {
  const body = await c.req.parseBody({ all: true });
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === "string") out[k] = first;
  }
  return out;
}

/** Every value of a repeated field (checkboxes). */
export async function valuesOf(c: Context, name: string): Promise<string[]> {
  const v = (await c.req.parseBody({ all: true }))[name];
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.filter((x): x is string => typeof x === "string");
}

/** Where to go after a sign-in or a switch: only a path inside the console, never another host. */
export function safeBack(back: string | undefined, fallback = "/console"): string {
  if (!back?.startsWith("/console") || back.startsWith("//") || /[\\\r\n]/.test(back)) return fallback;
  return back;
}

/**
 * A form's work, where a use case's refusal (400, or 409 for a conflict such as a third live key or
 * a taken e-mail) comes back on the same page with its reason instead of an error page.
 */
export async function showingRefusal(
  work: () => Promise<Response>,
  refused: (message: string, status: 400 | 409) => Response | Promise<Response>,
): Promise<Response> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof ApiError && (err.status === 400 || err.status === 409)) return refused(err.message, err.status);
    throw err;
  }
}
