import type { Hono } from "hono";
import type { AppDeps } from "../../deps.js";
import type { ConsoleEnv } from "../console-env.js";
import { csvPage } from "./csv.js";
import { dashboardPage } from "./dashboard.js";
import { languagePage } from "./language.js";
import { orderPage } from "./order.js";
import { queuePage } from "./queue.js";
import { ringPage } from "./ring.js";
import { settingsPage } from "./settings.js";
import { signInPage } from "./sign-in.js";
import { signOutPage } from "./sign-out.js";
import { usersPage } from "./users.js";

// Every console page. Adding one: a file in this folder and a line here (ARCHITECTURE.md,
// "How to add a console page").
export const consolePages: Array<(deps: AppDeps) => Hono<ConsoleEnv>> = [
  signInPage,
  signOutPage,
  languagePage,
  queuePage,
  orderPage,
  ringPage,
  settingsPage,
  csvPage,
  dashboardPage,
  usersPage,
];

/** Pages a stranger may open: everything else sends them to sign in. */
export const PUBLIC_PATHS = ["/console/sign-in", "/console/language"];
