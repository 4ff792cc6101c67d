import { z } from "zod";
import { parseCidr } from "../lib/cidr.js";
import { rules } from "./rules/index.js";

/** Per-site scoring settings, held as data: thresholds, weights, rules off, hubs, forwarders. */
export const siteSettingsSchema = z
  .object({
    /** Score at or above which an order is reviewed / rejected (0–100). */
    thresholds: z
      .object({ review: z.number().int().min(0).max(100), reject: z.number().int().min(0).max(100) })
      .refine((t) => t.review <= t.reject, { message: "review must not exceed reject" }),
    /** Multiplies a rule's contribution; 0 turns it off as surely as `disabledRules`. */
    ruleWeights: z.record(z.string(), z.number().min(0).max(10)),
    disabledRules: z.array(z.string()).max(200),
    /** An identifier shared by this many accounts is a hub (a forwarder, an office) and joins nobody. */
    hubAccounts: z.number().int().min(2).max(10_000),
    /** Addresses of parcel forwarders (転送業者) the merchant knows: matched on the folded address. */
    forwarders: z.array(z.string().max(300)).max(1000),
    /**
     * CIDR ranges of hosting providers and VPN exits (the clouds publish theirs as JSON; no list
     * ships with Shinsa, since any copy would be stale): an order from one is not from a home.
     */
    datacenterRanges: z
      .array(z.string().refine((c) => parseCidr(c) !== null, { message: "a CIDR range such as 203.0.113.0/24" }))
      .max(50_000),
    /**
     * When a new order joins earlier ones placed within this many hours, those are scored again
     * (they may not have shipped yet). 0 turns it off.
     */
    rescoreHours: z
      .number()
      .min(0)
      .max(24 * 14),
    /** Item categories that resellers buy (game consoles, trading cards, …). */
    riskyCategories: z.array(z.string().max(100)).max(200),
    /**
     * Days a page's signals and behaviour (and the visitor's IP with them) are kept; null keeps
     * them. Orders keep their keyed identifiers, so links through a device outlive its signals.
     */
    signalRetentionDays: z.number().int().min(1).max(3650).nullable(),
    /**
     * Store visitors' and buyers' IP addresses cut to their network (IPv4 /24, IPv6 /48), also
     * in the keyed identifiers that link orders, so IP links mean "the same network". Addresses
     * stored before it was turned on are cut by the hourly pass.
     */
    truncateIp: z.boolean(),
  })
  .strict();
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

export const DEFAULT_SETTINGS: SiteSettings = {
  thresholds: { review: 45, reject: 80 },
  ruleWeights: {},
  disabledRules: [],
  hubAccounts: 12,
  forwarders: [],
  datacenterRanges: [],
  rescoreHours: 24,
  riskyCategories: [
    "smartphone",
    "game_console",
    "console",
    "trading_cards",
    "tcg",
    "gift_card",
    "sneakers",
    "limited",
    "luxury",
    "camera",
    "tablet",
    "pc",
    "スマートフォン",
    "ゲーム機",
    "トレーディングカード",
    "ギフトカード",
  ],
  // Chargebacks come up to 120 days after the order: a reviewer may still need the device then.
  signalRetentionDays: 180,
  truncateIp: false,
};

const isRuleCode = (code: string) => rules.some((rule) => rule.code === code);
const unknownRule = (code: unknown) => `no rule has the code ${JSON.stringify(code)}`;
const ruleCode = z.string().refine(isRuleCode, { error: (issue) => unknownRule(issue.input) });

/**
 * A partial update, merged over the stored settings and validated whole. Rule codes are checked
 * here, in what a merchant sends, and not in what is stored: a typo would otherwise be kept and
 * silently weigh nothing, while settings stored before a rule was retired must still load.
 */
export const settingsPatchSchema = siteSettingsSchema.partial().extend({
  ruleWeights: z
    .record(z.string(), z.number().min(0).max(10))
    // Checked key by key (not as the record's key schema) so the error names the code itself.
    .superRefine((weights, ctx) => {
      for (const code of Object.keys(weights).filter((c) => !isRuleCode(c))) {
        ctx.addIssue({ code: "custom", path: [code], message: unknownRule(code) });
      }
    })
    .optional(),
  disabledRules: z.array(ruleCode).max(200).optional(),
});

/** The stored settings over the defaults; stored settings that no longer validate give the defaults. */
export function mergeSettings(stored: Record<string, unknown>): SiteSettings {
  const merged = { ...DEFAULT_SETTINGS, ...stored };
  const parsed = siteSettingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}
