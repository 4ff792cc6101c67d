import type { Context } from "hono";

/** Reasons are Japanese unless the caller prefers English (`Accept-Language: en`). */
export type Lang = "ja" | "en";

export function getLang(c: Context): Lang {
  const first = c.req.header("accept-language")?.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "ja";
}
