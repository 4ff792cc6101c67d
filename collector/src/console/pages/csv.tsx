import { randomBytes } from "node:crypto";
import { type Context, Hono } from "hono";
import { maySee } from "../../accounts/viewer.js";
import { encodingFromCharset } from "../../csv/encoding.js";
import { CsvImportError } from "../../csv/import-csv.js";
import type { AppDeps } from "../../deps.js";
import { createCache } from "../../lib/cache.js";
import { importOrders, MAX_CSV_BYTES } from "../../orders/import-orders.js";
import { importResultTable } from "../../orders/import-result-table.js";
import type { ConsoleEnv } from "../console-env.js";
import { CsrfField, renderPage, TableWrap } from "../layout.js";
import { siteForViewer } from "../sites.js";

const APPENDED = 5;
const ID_COLUMN = /^(orderId|order_id|注文番号|注文ID|受注番号)$/i;

interface ImportJob {
  siteId: string;
  name: string;
  done: number;
  total: number | null;
  result?: Awaited<ReturnType<typeof importOrders>>;
  error?: string;
}

/**
 * CSV for shops without developers: upload an export, watch it being scored, read the scored
 * rows, download the same file with the answers appended. The same use case as POST
 * /v1/orders/import, run after the upload's answer so a large file never holds the request: the
 * job's page shows its progress and reloads itself every second until the file is scored. Jobs
 * and their answer files are kept in this process for 30 minutes (the orders are stored as they
 * are scored).
 */
export function csvPage(deps: AppDeps) {
  const app = new Hono<ConsoleEnv>();
  const jobs = createCache<ImportJob>({ maxEntries: 50, ttlMs: 30 * 60_000 });
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
    const bytes = new Uint8Array(await file.arrayBuffer());
    const id = randomBytes(12).toString("base64url");
    const job: ImportJob = { siteId: site.siteId, name: file.name.replace(/\.csv$/i, ""), done: 0, total: null };
    jobs.set(id, job);
    void importOrders(deps, site.siteId, bytes, {
      lang: c.var.lang,
      encoding: encodingFromCharset(charset),
      onProgress: (p) => Object.assign(job, p),
    }).then(
      (result) => Object.assign(job, { result }),
      (err) => {
        if (!(err instanceof CsvImportError)) deps.logger.error({ err }, "a CSV import from the console failed");
        job.error = err instanceof CsvImportError ? err.message : c.var.t.errors.generic;
      },
    );
    return c.redirect(`/console/sites/${site.siteId}/csv/jobs/${id}`, 303);
  });

  const jobOf = (c: Context<ConsoleEnv>) => {
    const job = jobs.get(c.req.param("jobId") ?? "")?.value;
    return job && maySee(c.var.viewer, job.siteId) && job.siteId === c.req.param("siteId") ? job : undefined;
  };

  app.get(`${path}/jobs/:jobId`, async (c) => {
    const site = await siteForViewer(deps.db, c.var.viewer, c.req.param("siteId"));
    const job = jobOf(c);
    if (!job) return c.notFound();
    const { t } = c.var;
    if (job.error) return show(c, site.siteId, null, job.error, 400);
    if (!job.result) {
      // Reload until scored: a plain meta refresh, so it works without the console's script.
      c.header("Refresh", "1");
      return show(
        c,
        site.siteId,
        <section class="card" aria-live="polite" data-testid="csv-progress">
          <h2>{t.csv.scoring}</h2>
          <progress max={job.total ?? 1} value={job.total ? job.done : 0} aria-label={t.csv.scoring} />
          <p>{job.total === null ? t.csv.reading : t.csv.progress(job.done, job.total)}</p>
        </section>,
      );
    }
    const { result } = job;
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
          <a href={`/console/sites/${site.siteId}/csv/jobs/${c.req.param("jobId")}/file`} download>
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

  app.get(`${path}/jobs/:jobId/file`, async (c) => {
    const job = jobOf(c);
    if (!job?.result) return c.notFound();
    return c.body(job.result.bytes as Uint8Array<ArrayBuffer>, 200, {
      "content-type": job.result.contentType,
      "content-disposition": `attachment; filename="${encodeURIComponent(job.name)}-shinsa.csv"`,
    });
  });
  return app;
}
