import { Hono } from "hono";
import type { ConsoleEnv } from "../console-env.js";
import { setLangCookie } from "../cookies.js";
import { formOf, safeBack } from "./form.js";

/** The language switch: remembered in a cookie, over the browser's Accept-Language. */
export function languagePage() {
  return new Hono<ConsoleEnv>().post("/console/language", async (c) => {
    const form = await formOf(c);
    setLangCookie(c, form.lang === "en" ? "en" : "ja");
    return c.redirect(safeBack(form.back), 303);
  });
}
