import { type Context, Hono } from "hono";
import { stream } from "hono/streaming";
import { encodingFromCharset } from "../csv/encoding.js";
import { CsvImportError, type ImportResult } from "../csv/import-csv.js";
import type { AppDeps } from "../deps.js";
import { ApiError } from "../lib/api-error.js";
import { getLang } from "../lib/lang.js";
import { readBytes } from "../lib/read-body.js";
import { yieldToIo } from "../lib/yield-to-io.js";
import { requireSecretKey, type SiteEnv } from "../middleware/auth.js";
import { limitBody } from "../middleware/body-limit.js";
import { importOrders, MAX_CSV_BYTES } from "../orders/import-orders.js";

// Windows browsers label .csv uploads application/vnd.ms-excel (the registry's mapping for .csv).
const CSV_TYPES = ["text/csv", "application/csv", "application/vnd.ms-excel"];
const NDJSON = "application/x-ndjson";
// A line at least this often keeps proxies (nginx waits 60 s between reads by default) and
// clients (Node's fetch gives up on headers after 300 s) from cutting a long import off.
const PROGRESS_EVERY_MS = 1000;

const summaryOf = (result: ImportResult) => ({
  format: result.format,
  encoding: result.encoding,
  contentType: result.contentType,
  rows: result.rows,
  orders: result.orders,
  errors: result.errors,
});

export function ordersImportRoutes(deps: AppDeps) {
  return new Hono<SiteEnv>()
    .use("/v1/orders/import", requireSecretKey(deps.db))
    .post("/v1/orders/import", limitBody(MAX_CSV_BYTES), async (c) => {
      const [type = "", ...params] = (c.req.header("content-type") ?? "").split(";").map((s) => s.trim());
      if (!CSV_TYPES.includes(type.toLowerCase())) {
        throw new ApiError(415, "unsupported_media_type", "send the file as Content-Type: text/csv");
      }
      const charset = params.find((p) => /^charset=/i.test(p))?.slice("charset=".length);
      const bytes = await readBytes(c);
      const progress = { done: 0, total: 0 };
      let scoring: () => void = () => {};
      const firstOrder = new Promise<void>((resolve) => (scoring = resolve));
      const job = importOrders(deps, c.var.siteId, bytes, {
        lang: getLang(c),
        encoding: encodingFromCharset(charset),
        onProgress: (p) => {
          Object.assign(progress, p);
          scoring();
        },
      }).catch((err: unknown) => {
        throw err instanceof CsvImportError ? new ApiError(400, err.code, err.message) : err;
      });
      if (!(c.req.header("accept") ?? "").includes(NDJSON)) return csvAnswer(c, await job);
      // A file refused as a whole is a 400 as in the CSV answer; once the first order is scored the
      // answer is under way, and what comes after is said in its lines.
      await Promise.race([firstOrder, job]);
      return streamedAnswer(c, deps, job, progress);
    });
}

// A multiple of 3, so the base64 of each piece joins up with the next's into the base64 of the whole.
const FILE_PIECE_BYTES = 3 * 128 * 1024;

/**
 * `{"result":{…summary,"file":"<base64>"}}` written a piece of the file at a time: a 15 MB answer
 * turned into one 20 MB line in one piece held every other request for a quarter of a second.
 */
export async function writeResultLine(out: { write(text: string): Promise<unknown> }, result: ImportResult) {
  const head = JSON.stringify({ result: { ...summaryOf(result), file: "" } });
  await out.write(head.slice(0, -'"}}'.length));
  const bytes = Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength);
  for (let at = 0; at < bytes.length; at += FILE_PIECE_BYTES) {
    await out.write(bytes.subarray(at, at + FILE_PIECE_BYTES).toString("base64"));
    await yieldToIo();
  }
  await out.write('"}}\n');
}

function csvAnswer(c: Context<SiteEnv>, result: ImportResult) {
  return c.body(result.bytes as Uint8Array<ArrayBuffer>, 200, {
    "content-type": result.contentType,
    "shinsa-format": result.format,
    "shinsa-rows": String(result.rows),
    "shinsa-orders": String(result.orders),
    "shinsa-errors": String(result.errors),
  });
}

/**
 * `Accept: application/x-ndjson`: one JSON line a second with the orders scored so far, then one
 * line with the answer — the same file as the CSV answer, base64 in `file` (its bytes in the file's
 * own encoding) — or with `error` if the import failed after it began.
 */
function streamedAnswer(
  c: Context<SiteEnv>,
  deps: Pick<AppDeps, "logger">,
  job: Promise<ImportResult>,
  progress: { done: number; total: number },
) {
  c.header("content-type", `${NDJSON}; charset=utf-8`);
  c.header("cache-control", "no-store");
  return stream(c, async (out) => {
    const line = (value: unknown) => out.write(`${JSON.stringify(value)}\n`);
    await line({ progress });
    const timer = setInterval(() => void line({ progress }), PROGRESS_EVERY_MS);
    try {
      const result = await job;
      clearInterval(timer);
      await line({ progress: { done: result.orders, total: result.orders } });
      await writeResultLine(out, result);
    } catch (err) {
      clearInterval(timer);
      const known = err instanceof ApiError && err.status < 500;
      // Anything else is the operator's to read in the log, as the error handler would.
      if (!known) {
        deps.logger.error(
          { requestId: c.get("requestId"), method: "POST", route: c.req.routePath, err },
          "import failed",
        );
      }
      await line({
        error: known
          ? { code: err.code, message: err.message }
          : { code: "internal_error", message: "the import failed; the orders answered so far are stored" },
      });
    }
  });
}
