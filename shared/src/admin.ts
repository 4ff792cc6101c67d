import { z } from "zod";
import { originSchema } from "./site.js";

// The admin routes of sites and their secret keys (admin token). Secret keys are never listed:
// a key is shown once, when it is made.

/** The admin lists take no parameters; any is refused (400) rather than silently ignored. */
export const noQuerySchema = z.strictObject({});

export const updateSiteRequestSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200).optional(),
    origins: z.array(originSchema).max(50).optional(),
  })
  .refine((v) => v.name !== undefined || v.origins !== undefined, { message: "send name, origins or both" });
export type UpdateSiteRequest = z.input<typeof updateSiteRequestSchema>;

export interface SiteSummary {
  siteId: string;
  name: string;
  origins: string[];
  publicKey: string;
  createdAt: string;
}

export interface SecretKeySummary {
  keyId: string;
  /** The key masked to its last four characters, the only part stored beside its hash. */
  prefix: string;
  createdAt: string;
  /** When the key last opened a request, to within the auth cache's 5 s; null if never. */
  lastUsedAt: string | null;
}

export interface NewSecretKeyResponse {
  keyId: string;
  /** Shown once: only its hash is stored. */
  secretKey: string;
}

/** Live secret keys a site may hold at once: the old and the new one while a merchant rotates. */
export const MAX_LIVE_SECRET_KEYS = 2;
