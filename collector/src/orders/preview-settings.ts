import type { Db } from "../db/client.js";
import { readRecentDecisions } from "../db/queries/recent-decisions.js";
import { validate } from "../lib/read-body.js";
import { previewSettings } from "../scoring/preview-settings.js";
import { ruleOf } from "../scoring/rule-of.js";
import { rules } from "../scoring/rules/index.js";
import { type SiteSettings, settingsPatchSchema } from "../scoring/settings.js";
import { getSiteSettings, updateSiteSettings } from "../sites/scoring-settings.js";

const DAYS = 30;
/** Enough for a busy shop's month; beyond it the preview says it looked at the newest only. */
export const PREVIEW_MAX_ORDERS = 20_000;

/** The rule codes a merchant may weigh or switch off, in the registry's order. */
export const ruleCodes = (): string[] => rules.map((r) => r.code);

/** A settings change, validated as `PATCH /v1/settings` validates it (400 with the field's path). */
export const parseSettingsChange = (patch: unknown) => validate(settingsPatchSchema, patch);

/** How the last 30 days' decisions would change under a settings change, before it is saved. */
export async function previewSettingsChange(
  deps: { db: Db; now: () => Date },
  siteId: string,
  patch: Partial<SiteSettings>,
) {
  const current = await getSiteSettings(deps.db, siteId);
  const next = { ...current, ...patch };
  const since = new Date(deps.now().getTime() - DAYS * 86_400_000);
  const past = await readRecentDecisions(deps.db, siteId, since, PREVIEW_MAX_ORDERS);
  return { ...previewSettings(past, current, next, ruleOf), truncated: past.length === PREVIEW_MAX_ORDERS, days: DAYS };
}

export const saveSettingsChange = (db: Db, siteId: string, patch: Partial<SiteSettings>) =>
  updateSiteSettings(db, siteId, patch);
export { getSiteSettings };
