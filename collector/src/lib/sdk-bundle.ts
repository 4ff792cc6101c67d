import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface SdkBundle {
  body: string;
  etag: string;
  /** False when sdk/dist is missing and a stand-in that says so is served. */
  built: boolean;
}

export const DEFAULT_SDK_PATH = fileURLToPath(new URL("../../../sdk/dist/shinsa.js", import.meta.url));

const STAND_IN = `/* Shinsa SDK not built: run \`pnpm --filter @shinsa/sdk build\` */
console.warn("[shinsa] the SDK bundle has not been built on this collector");`;

/** Reads the bundle once, at start: it is served from memory (serveStatic is ~5× slower here). */
export function loadSdkBundle(path = DEFAULT_SDK_PATH): SdkBundle {
  let body = STAND_IN;
  let built = false;
  try {
    body = readFileSync(path, "utf8");
    built = true;
  } catch {
    console.warn(`[shinsa] no SDK bundle at ${path}; serving a stand-in`);
  }
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  return { body, etag, built };
}
