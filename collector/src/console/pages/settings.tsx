import type { SiteSummary } from "@shinsa/shared";
import { type Context, Hono } from "hono";
import { mayAdminister } from "../../accounts/viewer.js";
import type { AppDeps } from "../../deps.js";
import { ApiError, notFound } from "../../lib/api-error.js";
import { forgetSecretKey } from "../../middleware/auth.js";
import { addToList, LIST_FIELDS, LISTS, listManualEntries, removeFromList } from "../../orders/manual-lists.js";
import {
  getSiteSettings,
  parseSettingsChange,
  previewSettingsChange,
  ruleCodes,
  saveSettingsChange,
} from "../../orders/preview-settings.js";
import { changeSite } from "../../sites/list-sites.js";
import { issueSecretKey, listSecretKeys, revokeSecretKey } from "../../sites/secret-keys.js";
import type { ConsoleEnv } from "../console-env.js";
import { CsrfField, renderPage, TableWrap } from "../layout.js";
import { siteForViewer } from "../sites.js";
import { formOf, showingRefusal, valuesOf } from "./form.js";

type Settings = Awaited<ReturnType<typeof getSiteSettings>>;
type Preview = Awaited<ReturnType<typeof previewSettingsChange>>;
interface Shown {
  notice?: string | null;
  error?: string | null;
  status?: 200 | 400 | 409;
  newKey?: string;
  /** The values of a form being previewed, shown instead of the saved ones. */
  draft?: Settings;
  preview?: Preview;
}

/** A site's origins, script tag, keys and scoring settings, with a preview before saving. Admins only. */
export function settingsPage(deps: AppDeps) {
  const app = new Hono<ConsoleEnv>();
  const path = "/console/sites/:siteId/settings";
  const siteOf = async (c: Context<ConsoleEnv>) => {
    if (!mayAdminister(c.var.viewer)) throw notFound("page");
    return siteForViewer(deps.db, c.var.viewer, c.req.param("siteId") ?? "");
  };

  const show = async (c: Context<ConsoleEnv>, site: SiteSummary, shown: Shown = {}) => {
    const [settings, { keys }, entries] = await Promise.all([
      getSiteSettings(deps.db, site.siteId),
      listSecretKeys(deps.db, site.siteId),
      listManualEntries(deps.db, site.siteId),
    ]);
    return renderPage(
      c,
      {
        title: `${c.var.t.settings.title} — ${site.name}`,
        siteId: site.siteId,
        notice: shown.notice,
        error: shown.error,
        status: shown.status ?? 200,
      },
      <SettingsView c={c} site={site} settings={shown.draft ?? settings} keys={keys} entries={entries} shown={shown} />,
    );
  };

  const refusedOn = (c: Context<ConsoleEnv>, site: SiteSummary) => (error: string, status: 400 | 409) =>
    show(c, site, { error, status });

  app.get(path, async (c) => show(c, await siteOf(c)));

  app.post(`${path}/site`, async (c) => {
    const site = await siteOf(c);
    const form = await formOf(c);
    const origins = (form.origins ?? "")
      .split(/\r?\n/)
      .map((o) => o.trim())
      .filter(Boolean);
    return showingRefusal(
      async () => {
        const invalid = origins.find((o) => !/^https?:\/\/[^/\s]+$/.test(o));
        if (invalid)
          throw new ApiError(
            400,
            "invalid_origin",
            `origins: "${invalid}" is not an origin such as https://shop.example`,
          );
        const changed = await changeSite(deps.db, site.siteId, { name: form.name?.trim() || site.name, origins });
        return show(c, changed, { notice: c.var.t.settings.siteSaved });
      },
      refusedOn(c, site),
    );
  });

  app.post(`${path}/keys`, async (c) => {
    const site = await siteOf(c);
    return showingRefusal(
      async () => {
        const created = await issueSecretKey(deps.db, site.siteId);
        return show(c, site, { newKey: created.secretKey });
      },
      refusedOn(c, site),
    );
  });

  app.post(`${path}/keys/:keyId/revoke`, async (c) => {
    const site = await siteOf(c);
    return showingRefusal(
      async () => {
        const { keyHash } = await revokeSecretKey(deps.db, site.siteId, c.req.param("keyId"), deps.now());
        forgetSecretKey(deps.db, keyHash);
        return show(c, site, { notice: c.var.t.settings.revoked });
      },
      refusedOn(c, site),
    );
  });

  app.post(`${path}/lists`, async (c) => {
    const site = await siteOf(c);
    const form = await formOf(c);
    return showingRefusal(
      async () => {
        await addToList(deps, site.siteId, form.list ?? "", form.field ?? "", form.value ?? "");
        return show(c, site, { notice: c.var.t.settings.listAdded });
      },
      refusedOn(c, site),
    );
  });

  app.post(`${path}/lists/remove`, async (c) => {
    const site = await siteOf(c);
    const form = await formOf(c);
    await removeFromList(deps.db, site.siteId, {
      list: form.list ?? "",
      kind: form.kind ?? "",
      value: form.value ?? "",
    });
    return show(c, site, { notice: c.var.t.settings.listRemoved });
  });

  app.post(`${path}/scoring`, async (c) => {
    const site = await siteOf(c);
    const form = await formOf(c);
    const current = await getSiteSettings(deps.db, site.siteId);
    const ruleWeights: Record<string, number> = {};
    for (const code of ruleCodes()) {
      const text = form[`w_${code}`]?.trim();
      if (text) ruleWeights[code] = Number(text);
    }
    const raw = {
      thresholds: { review: Number(form.review), reject: Number(form.reject) },
      ruleWeights,
      disabledRules: await valuesOf(c, "off"),
      forwarders: (form.forwarders ?? "")
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    };
    let patch: ReturnType<typeof parseSettingsChange>;
    try {
      patch = parseSettingsChange(raw);
    } catch (err) {
      if (err instanceof ApiError)
        return show(c, site, { error: err.message, status: 400, draft: { ...current, ...raw } });
      throw err;
    }
    if (form.action === "apply") {
      await saveSettingsChange(deps.db, site.siteId, patch);
      return show(c, site, { notice: c.var.t.settings.saved });
    }
    const preview = await previewSettingsChange(deps, site.siteId, patch);
    return show(c, site, { draft: { ...current, ...patch }, preview });
  });
  return app;
}

function SettingsView({
  c,
  site,
  settings,
  keys,
  entries,
  shown,
}: {
  c: Context<ConsoleEnv>;
  site: SiteSummary;
  settings: Settings;
  keys: { keyId: string; prefix: string; createdAt: string; lastUsedAt: string | null }[];
  entries: Awaited<ReturnType<typeof listManualEntries>>;
  shown: Shown;
}) {
  const { t, fmt, csrf } = c.var;
  const base = `/console/sites/${site.siteId}/settings`;
  const collector = new URL(c.req.url).origin;
  const tag = `<script src="${collector}/sdk.js" data-site-key="${site.publicKey}" async></script>`;
  return (
    <>
      <h1>
        {t.settings.title} <span class="muted small">{site.name}</span>
      </h1>
      {shown.preview && <PreviewView c={c} siteId={site.siteId} preview={shown.preview} />}
      <section class="card" aria-labelledby="scoring-h">
        <h2 id="scoring-h">{t.settings.thresholds}</h2>
        <form method="post" action={`${base}/scoring`}>
          <CsrfField token={csrf} />
          <div class="inline">
            <label>
              {t.settings.review}
              <input
                type="number"
                name="review"
                min={0}
                max={100}
                required
                value={String(settings.thresholds.review)}
              />
            </label>
            <label>
              {t.settings.reject}
              <input
                type="number"
                name="reject"
                min={0}
                max={100}
                required
                value={String(settings.thresholds.reject)}
              />
            </label>
          </div>
          <h3>{t.settings.weights}</h3>
          <TableWrap label={t.settings.weights}>
            <table>
              <thead>
                <tr>
                  <th>{t.settings.rule}</th>
                  <th>{t.settings.weight}</th>
                  <th>{t.settings.off}</th>
                </tr>
              </thead>
              <tbody>
                {ruleCodes().map((code) => (
                  <tr>
                    <th scope="row">
                      <code>{code}</code>
                    </th>
                    <td>
                      <input
                        type="number"
                        name={`w_${code}`}
                        min={0}
                        max={10}
                        step="0.1"
                        aria-label={`${t.settings.weight}: ${code}`}
                        value={settings.ruleWeights[code] === undefined ? "" : String(settings.ruleWeights[code])}
                      />
                    </td>
                    <td>
                      <input
                        type="checkbox"
                        name="off"
                        value={code}
                        aria-label={`${t.settings.off}: ${code}`}
                        checked={settings.disabledRules.includes(code)}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <p>
            <label>
              {t.settings.forwarders}
              <textarea name="forwarders" rows={3} cols={60}>
                {settings.forwarders.join("\n")}
              </textarea>
            </label>
          </p>
          <div class="decide">
            <button type="submit" name="action" value="preview" class="secondary">
              {t.settings.preview}
            </button>
            <button type="submit" name="action" value="apply">
              {t.settings.apply}
            </button>
          </div>
        </form>
      </section>

      <section class="card" aria-labelledby="lists-h">
        <h2 id="lists-h">{t.settings.lists}</h2>
        <p class="small muted">{t.settings.listIntro}</p>
        {entries.length === 0 ? (
          <p>{t.settings.listNone}</p>
        ) : (
          <TableWrap label={t.settings.lists}>
            <table>
              <thead>
                <tr>
                  <th>{t.settings.listWhich}</th>
                  <th>{t.settings.listValue}</th>
                  <th>{t.settings.created}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr>
                    <td>{t.settings.listNames[e.list] ?? e.list}</td>
                    <td>
                      {e.note} <span class="muted small">{e.kind}</span>
                    </td>
                    <td class="small">{fmt.time(e.createdAt)}</td>
                    <td>
                      <form method="post" action={`${base}/lists/remove`}>
                        <CsrfField token={csrf} />
                        <input type="hidden" name="list" value={e.list} />
                        <input type="hidden" name="kind" value={e.kind} />
                        <input type="hidden" name="value" value={e.value} />
                        <button type="submit" class="secondary">
                          {t.settings.listRemove}
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
        <form method="post" action={`${base}/lists`} class="inline">
          <CsrfField token={csrf} />
          <label>
            {t.settings.listWhich}
            <select name="list">
              {LISTS.map((l) => (
                <option value={l}>{t.settings.listNames[l] ?? l}</option>
              ))}
            </select>
          </label>
          <label>
            {t.settings.listField}
            <select name="field">
              {LIST_FIELDS.map((f) => (
                <option value={f}>{t.settings.listFields[f] ?? f}</option>
              ))}
            </select>
          </label>
          <label>
            {t.settings.listValue}
            <input name="value" required maxlength={500} />
          </label>
          <button type="submit">{t.settings.listAdd}</button>
        </form>
      </section>

      <section class="card" aria-labelledby="keys-h">
        <h2 id="keys-h">{t.settings.keys}</h2>
        {shown.newKey && (
          <p class="notice" role="status">
            {t.settings.keyCreated} <code data-testid="new-key">{shown.newKey}</code>
          </p>
        )}
        <TableWrap label={t.settings.keys}>
          <table>
            <thead>
              <tr>
                <th>ID</th>
                <th>{t.settings.keys}</th>
                <th>{t.settings.created}</th>
                <th>{t.settings.lastUsed}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {keys.map((k) => (
                <tr>
                  <td>
                    <code>{k.keyId}</code>
                  </td>
                  <td>
                    <code>{k.prefix}</code>
                  </td>
                  <td class="small">{fmt.time(k.createdAt)}</td>
                  <td class="small">{k.lastUsedAt ? fmt.time(k.lastUsedAt) : t.settings.never}</td>
                  <td>
                    <form method="post" action={`${base}/keys/${k.keyId}/revoke`}>
                      <CsrfField token={csrf} />
                      <button type="submit" class="danger">
                        {t.settings.revoke}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
        <form method="post" action={`${base}/keys`}>
          <CsrfField token={csrf} />
          <button type="submit">{t.settings.newKey}</button>
        </form>
      </section>

      <section class="card" aria-labelledby="site-h">
        <h2 id="site-h">{t.nav.site}</h2>
        <form method="post" action={`${base}/site`}>
          <CsrfField token={csrf} />
          <p>
            <label>
              {t.settings.name}
              <input name="name" value={site.name} maxlength={200} />
            </label>
          </p>
          <p>
            <label>
              {t.settings.origins}
              <textarea name="origins" rows={3} cols={60}>
                {site.origins.join("\n")}
              </textarea>
            </label>
          </p>
          <button type="submit">{t.settings.saveSite}</button>
        </form>
        <p>
          <label>
            {t.settings.scriptTag}
            <textarea readonly rows={2} cols={60}>
              {tag}
            </textarea>
          </label>
        </p>
      </section>
    </>
  );
}

function PreviewView({ c, siteId, preview }: { c: Context<ConsoleEnv>; siteId: string; preview: Preview }) {
  const { t } = c.var;
  return (
    <section class="card" aria-labelledby="preview-h" data-testid="preview">
      <h2 id="preview-h">{t.settings.previewTitle}</h2>
      <p>{preview.changed === 0 ? t.settings.previewNone : t.settings.changed(preview.changed, preview.total)}</p>
      {Object.keys(preview.moves).length > 0 && (
        <TableWrap label={t.settings.previewTitle}>
          <table>
            <thead>
              <tr>
                <th>{t.settings.from}</th>
                <th>{t.settings.to}</th>
                <th class="num">{t.ring.orders}</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(preview.moves).map(([move, n]) => {
                const [from = "", to = ""] = move.split(">");
                return (
                  <tr>
                    <td>
                      <span class={`badge ${from}`}>{t.decisions[from] ?? from}</span>
                    </td>
                    <td>
                      <span class={`badge ${to}`}>{t.decisions[to] ?? to}</span>
                    </td>
                    <td class="num">{n}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
      {preview.examples.length > 0 && (
        <p class="small">
          {preview.examples.map((e) => (
            <>
              <a href={`/console/sites/${siteId}/orders/${encodeURIComponent(e.orderId)}`}>{e.orderId}</a> (
              {e.scoreFrom}→{e.scoreTo}){" "}
            </>
          ))}
        </p>
      )}
      <p class="muted small">{t.settings.previewLimits}</p>
    </section>
  );
}
