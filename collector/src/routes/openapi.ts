import { readFileSync } from "node:fs";
import { Hono } from "hono";
import type { AppDeps } from "../deps.js";
import { openApiDocument } from "../openapi/openapi-document.js";

const VERSION = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
).version;

/** The contract as OpenAPI 3.1, built once from the shared schemas (docs/openapi.json is the same, committed). */
export function openApiRoutes(_deps: AppDeps) {
  const document = openApiDocument(VERSION);
  return new Hono().get("/openapi.json", (c) => c.json(document));
}

export const apiVersion = VERSION;
