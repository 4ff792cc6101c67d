import { Hono } from "hono";
import { encodingFromCharset } from "../csv/encoding.js";
import { CsvImportError } from "../csv/import-csv.js";
import type { AppDeps } from "../deps.js";
import { ApiError } from "../lib/api-error.js";
import { getLang } from "../lib/lang.js";
import { requireSecretKey, type SiteEnv } from "../middleware/auth.js";
import { limitBody } from "../middleware/body-limit.js";
import { importOrders, MAX_CSV_BYTES } from "../orders/import-orders.js";

// Windows browsers label .csv uploads application/vnd.ms-excel (the registry's mapping for .csv).
const CSV_TYPES = ["text/csv", "application/csv", "application/vnd.ms-excel"];

export function ordersImportRoutes(deps: AppDeps) {
  return new Hono<SiteEnv>()
    .use("/v1/orders/import", requireSecretKey(deps.db))
    .post("/v1/orders/import", limitBody(MAX_CSV_BYTES), async (c) => {
      const [type = "", ...params] = (c.req.header("content-type") ?? "").split(";").map((s) => s.trim());
      if (!CSV_TYPES.includes(type.toLowerCase())) {
        throw new ApiError(415, "unsupported_media_type", "send the file as Content-Type: text/csv");
      }
      const charset = params.find((p) => /^charset=/i.test(p))?.slice("charset=".length);
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      try {
        const result = await importOrders(deps, c.var.siteId, bytes, {
          lang: getLang(c),
          encoding: encodingFromCharset(charset),
        });
        return c.body(result.bytes as Uint8Array<ArrayBuffer>, 200, {
          "content-type": result.contentType,
          "shinsa-format": result.format,
          "shinsa-rows": String(result.rows),
          "shinsa-orders": String(result.orders),
          "shinsa-errors": String(result.errors),
        });
      } catch (err) {
        if (err instanceof CsvImportError) throw new ApiError(400, err.code, err.message);
        throw err;
      }
    });
}
