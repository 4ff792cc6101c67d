import { z } from "zod";

/** A page origin such as `https://shop.example` (scheme, host and port only). */
export const originSchema = z
  .string()
  .max(256)
  .refine(
    (s) => {
      try {
        const u = new URL(s);
        const bare = u.pathname === "/" && !u.search && !u.hash && !u.username && !u.password;
        return (u.protocol === "https:" || u.protocol === "http:") && bare;
      } catch {
        return false;
      }
    },
    { message: "an origin is scheme://host[:port], without a path" },
  )
  .transform((s) => new URL(s).origin);

export const createSiteRequestSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  origins: z.array(originSchema).max(50).default([]),
});
export type CreateSiteRequest = z.input<typeof createSiteRequestSchema>;

export interface CreateSiteResponse {
  siteId: string;
  publicKey: string;
  /** Shown once: only its hash is stored. */
  secretKey: string;
}
