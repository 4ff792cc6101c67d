import { Hono } from "hono";
import { endSession, endSessionsOf } from "../../accounts/sessions.js";
import type { AppDeps } from "../../deps.js";
import type { ConsoleEnv } from "../console-env.js";
import { clearSessionCookie, readSessionCookie } from "../cookies.js";
import { formOf } from "./form.js";

/** Sign-out is a POST (a link or an image on another page cannot sign anyone out). */
export function signOutPage(deps: AppDeps) {
  return new Hono<ConsoleEnv>().post("/console/sign-out", async (c) => {
    const form = await formOf(c);
    const cookie = readSessionCookie(c);
    if (form.everywhere === "1") await endSessionsOf(deps.db, c.var.viewer);
    else if (cookie) await endSession(deps.db, cookie);
    clearSessionCookie(c);
    return c.redirect("/console/sign-in?signedOut=1", 303);
  });
}
