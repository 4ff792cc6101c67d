import { collectPayloadSchema } from "@shinsa/shared";
import { type Context, Hono } from "hono";
import type { AppDeps } from "../deps.js";
import { collect, keptHeaders, warmUpCollect } from "../device/collect.js";
import { ApiError } from "../lib/api-error.js";
import { getClientIp } from "../lib/client-ip.js";
import { readBody } from "../lib/read-body.js";
import { limitBody } from "../middleware/body-limit.js";
import { cachedSiteFinder, isKnownOrigin } from "../sites/find-site.js";
import { getSiteSettings } from "../sites/scoring-settings.js";

const MAX_PAYLOAD_BYTES = 64 * 1024;

// CORS (Fetch standard): only the site's own pages may post its signals. The SDK sends
// `text/plain`, which needs no preflight; a preflight (another content type) carries no body and
// so no site key, and is allowed for origins that some site lists.
export function collectRoutes({ db, config, now }: AppDeps) {
  const findSite = cachedSiteFinder(db);
  // The first request would otherwise pay for the validator's, the UA parser's and ICU's first use
  // (about 100 ms here): that is some visitor's token.
  setImmediate(warmUpCollect);
  return new Hono()
    .options("/v1/collect", async (c) => {
      const origin = c.req.header("origin");
      if (!origin || !(await isKnownOrigin(db, origin))) {
        throw new ApiError(403, "origin_not_allowed", "this origin is not listed by any site");
      }
      allowOrigin(c, origin);
      c.header("Access-Control-Allow-Methods", "POST");
      c.header("Access-Control-Allow-Headers", "Content-Type");
      c.header("Access-Control-Max-Age", "600");
      return c.body(null, 204);
    })
    .post("/v1/collect", limitBody(MAX_PAYLOAD_BYTES), async (c) => {
      const started = performance.now();
      const payload = await readBody(c, collectPayloadSchema);
      const site = await findSite(payload.key);
      if (!site) throw new ApiError(401, "unknown_site_key", "no site has this public key");
      // Requests without Origin come from servers and tools, not from pages; CORS only guards pages.
      const origin = c.req.header("origin");
      if (origin !== undefined) {
        if (!site.origins.includes(origin)) {
          throw new ApiError(403, "origin_not_allowed", `origin ${origin} is not allowed for this site`);
        }
        allowOrigin(c, origin);
      }
      const headers: Record<string, string> = {};
      for (const name of keptHeaders) {
        const value = c.req.header(name);
        if (value !== undefined) headers[name] = value.slice(0, 1024);
      }
      const ip = getClientIp(c, config.trustProxy);
      const answer = await collect(
        db,
        site.id,
        payload,
        { ip, headers, now: now() },
        { tokenTtlMs: config.tokenTtlMs, truncateIp: (await getSiteSettings(db, site.id)).truncateIp },
      );
      // The time spent here, readable by the merchant's page (Resource Timing, RUM tools), so what
      // the collector adds to a checkout is measured where it happens.
      c.header("Server-Timing", `collect;dur=${(performance.now() - started).toFixed(1)}`);
      c.header("Timing-Allow-Origin", origin ?? "*");
      return c.json(answer);
    });
}

function allowOrigin(c: Context, origin: string) {
  c.header("Access-Control-Allow-Origin", origin);
  c.header("Vary", "Origin");
}
