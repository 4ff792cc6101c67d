import { randomBytes } from "node:crypto";
import { type Context, Hono } from "hono";
import { maySee } from "../../accounts/viewer.js";
import { encodingFromCharset } from "../../csv/encoding.js";
import { CsvImportError } from "../../csv/import-csv.js";
import type { AppDeps } from "../../deps.js";
import { createCache } from "../../lib/cache.js";
import { importOrders } from "../../orders/import-orders.js";
import { importResultTable } from "../../orders/import-result-table.js";
import type { ConsoleEnv } from "../console-env.js";
import { CsrfField, renderPage, TableWrap } from "../layout.js";
import { siteForViewer } from "../sites.js";

// As POST /v1/orders/import: a year of a busy shop's export is a few MB.
const MAX_CSV_BYTES = 20 * 1024 * 1024;
const APPENDED = 5;
const ID_COLUMN = /^(orderId|order_id|注文番号|注文ID|受注番号)$/i;

/**
 * CSV for shops without developers: upload an export, read the scored rows, download the same
 * file with the answers appended. The same use case as POST /v1/orders/import. The answer file is
 * kept in this process for 30 minutes for its download link (the orders themselves are stored).
 */
export function csvPage(deps: AppDeps) {
  const app = new Hono<ConsoleEnv>();
  const results = createCache<{ siteId: string; bytes: Uint8Array; contentType: string; name: string }>({
    maxEntries: 50,
    ttlMs: 30 * 60_000,
  });
  const path = "/console/sites/:siteId/csv";

  const show = (
    c: Context<ConsoleEnv>,
    siteId: string,
    body: unknown = null,
    error: string | null = null,
    status: 200 | 400 = 200,
  ) => {
    const { t, csrf } = c.var;
    return renderPage(
      c,
      { title: t.csv.title, siteId, error, status },
      <>
        <h1>{t.csv.title}</h1>
        <section class="card">
          <p>{t.csv.intro}</p>
          <form method="post" action={`/console/sites/${siteId}/csv`} enctype="multipart/form-data">
            <CsrfField token={csrf} />
            <p>
              <label>
                {t.csv.file}
                <input type="file" name="file" accept=".csv,text/csv" required />
              </label>
            </p>
            <button type="submit">{t.csv.upload}</button>
          </form>
        </section>
        {body}
      </>,
    );
  };

  app.get(path, async (c) => show(c, (await siteForViewer(deps.db, c.var.viewer, c.req.param("siteId"))).siteId));

  app.post(path, async (c) => {
    const site = await siteForViewer(deps.db, c.var.viewer, c.req.param("siteId"));
    const { t } = c.var;
    const file = (await c.req.parseBody({ all: false })).file;
    if (!(file instanceof File) || file.size === 0) return show(c, site.siteId, null, `${t.csv.file}: —`, 400);
    if (file.size > MAX_CSV_BYTES)
      return show(c, site.siteId, null, "file: larger than 20 MB; use pnpm shinsa score FILE.csv", 400);
    const charset = /charset=([^;]+)/i.exec(file.type)?.[1];
    let result: Awaited<ReturnType<typeof importOrders>>;
    try {
      result = await importOrders(deps, site.siteId, new Uint8Array(await file.arrayBuffer()), {
        lang: c.var.lang,
        encoding: encodingFromCharset(charset),
      });
    } catch (err) {
      if (err instanceof CsvImportError) return show(c, site.siteId, null, err.message, 400);
      throw err;
    }
    const id = randomBytes(12).toString("base64url");
    results.set(id, {
      siteId: site.siteId,
      bytes: result.bytes,
      contentType: result.contentType,
      name: file.name.replace(/\.csv$/i, ""),
    });
    const table = importResultTable(result);
    const idAt = Math.max(
      0,
      table.header.findIndex((h) => ID_COLUMN.test(h.trim())),
    );
    const width = table.header.length;
    const pick = (cells: string[]) => [cells[idAt] ?? "", ...cells.slice(width - APPENDED, width)];
    return show(
      c,
      site.siteId,
      <section class="card" aria-labelledby="result-h" data-testid="csv-result">
        <h2 id="result-h">{t.csv.result(result.orders, result.errors)}</h2>
        <p>
          <a href={`/console/sites/${site.siteId}/csv/${id}`} download>
            {t.csv.download}
          </a>
        </p>
        <TableWrap label={t.csv.title}>
          <table>
            <thead>
              <tr>
                <th>{t.csv.line}</th>
                {pick(table.header).map((h) => (
                  <th>{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => (
                <tr>
                  <td class="num">{r.line}</td>
                  {pick(r.cells).map((cell, i) =>
                    i === 2 && cell ? (
                      <td>
                        <span class={`badge ${cell}`}>{t.decisions[cell] ?? cell}</span>
                      </td>
                    ) : (
                      <td class={i === 3 ? "small" : undefined}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
        {table.more > 0 && <p class="muted small">… +{table.more}</p>}
      </section>,
    );
  });

  app.get(`${path}/:resultId`, async (c) => {
    const kept = results.get(c.req.param("resultId"))?.value;
    if (!kept || !maySee(c.var.viewer, kept.siteId) || kept.siteId !== c.req.param("siteId")) return c.notFound();
    return c.body(kept.bytes as Uint8Array<ArrayBuffer>, 200, {
      "content-type": kept.contentType,
      "content-disposition": `attachment; filename="${encodeURIComponent(kept.name)}-shinsa.csv"`,
    });
  });
  return app;
}
