import type { Context } from "hono";

/** Reasons are Japanese unless the caller prefers English (`Accept-Language: en`). */
export function getLang(c: Context): "ja" | "en" {
  const first = c.req.header("accept-language")?.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "ja";
}
