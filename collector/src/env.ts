import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { z } from "zod";
import { type ProxyTrust, parseProxyTrust } from "./lib/client-ip.js";

/** A switch: 1/true/yes/on is on, any other value off, unset (or empty) undefined. */
const optionalFlag = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v === "" ? undefined : /^(1|true|yes|on)$/i.test(v)));
/** A switch that is off unless set on. */
const flag = optionalFlag.transform((v) => v ?? false);

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  SHINSA_DATA_DIR: z.string().default(".data"),
  SHINSA_ADMIN_TOKEN: z.string().min(16, "SHINSA_ADMIN_TOKEN needs at least 16 characters").optional(),
  SHINSA_TRUST_PROXY: z
    .string()
    .optional()
    .transform((text, ctx) => {
      const trust = parseProxyTrust(text);
      if (typeof trust === "string") ctx.addIssue({ code: "custom", message: trust });
      return typeof trust === "string" ? { hops: 0 } : trust;
    }),
  SHINSA_TOKEN_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(24),
  SHINSA_SDK_PATH: z.string().optional(),
  SHINSA_DEMO: flag,
  SHINSA_SECRET: z.string().min(32, "SHINSA_SECRET needs at least 32 characters").optional(),
  SHINSA_SECRET_FILE: z.string().min(1).optional(),
  // Requests a minute: per client IP on /v1/collect, per secret key on the server routes; 0 = off.
  SHINSA_RATE_COLLECT_PER_MINUTE: z.coerce.number().int().min(0).default(1200),
  SHINSA_RATE_API_PER_MINUTE: z.coerce.number().int().min(0).default(30_000),
  // Webhook receivers on private or loopback addresses (inside the operator's own network); unset,
  // the demo allows them (it runs on a developer's machine, receiver on localhost) and others do not.
  SHINSA_WEBHOOK_ALLOW_PRIVATE: optionalFlag,
  // How long a receiver has to answer one delivery before it counts as failed and is retried.
  SHINSA_WEBHOOK_TIMEOUT_SECONDS: z.coerce.number().min(1).max(60).default(10),
  SHINSA_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: "SHINSA_PUBLIC_URL must be an http(s) URL such as https://shinsa.example" })
    .optional(),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  adminToken: string;
  /** True when the admin token was generated for this run and must be shown to the operator. */
  adminTokenGenerated: boolean;
  /** Which proxies' X-Forwarded-For entries are believed (lib/client-ip.ts). */
  trustProxy: ProxyTrust;
  tokenTtlMs: number;
  sdkPath: string | undefined;
  demo: boolean;
  /** HMAC key of stored identifiers, when the operator sets one. */
  secret: string | undefined;
  /** Where the HMAC key is kept when it is not in the environment; undefined for an in-memory database. */
  secretFile: string | undefined;
  /** Requests a minute per client IP on /v1/collect and per secret key on the server routes (0: off). */
  rateLimits: { collectPerMinute: number; apiPerMinute: number };
  /** Decision webhooks: whether receivers on private addresses may be called (webhooks/receiver-address.ts). */
  webhooks: { allowPrivate: boolean; timeoutMs: number };
  /** The origin people reach this collector at (behind a proxy or on another machine), if not localhost. */
  publicUrl: string | undefined;
}

/** Parses the environment once, at start; a bad value stops the process with a clear message. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`invalid environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.SHINSA_DATA_DIR,
    adminToken: e.SHINSA_ADMIN_TOKEN ?? `adm_${randomBytes(24).toString("base64url")}`,
    adminTokenGenerated: e.SHINSA_ADMIN_TOKEN === undefined,
    trustProxy: e.SHINSA_TRUST_PROXY,
    tokenTtlMs: e.SHINSA_TOKEN_TTL_HOURS * 3_600_000,
    sdkPath: e.SHINSA_SDK_PATH,
    demo: e.SHINSA_DEMO,
    secret: e.SHINSA_SECRET,
    secretFile:
      e.SHINSA_SECRET_FILE ??
      (e.SHINSA_DATA_DIR.startsWith("memory://") ? undefined : join(e.SHINSA_DATA_DIR, "secret.key")),
    rateLimits: { collectPerMinute: e.SHINSA_RATE_COLLECT_PER_MINUTE, apiPerMinute: e.SHINSA_RATE_API_PER_MINUTE },
    webhooks: {
      allowPrivate: e.SHINSA_WEBHOOK_ALLOW_PRIVATE ?? e.SHINSA_DEMO,
      timeoutMs: e.SHINSA_WEBHOOK_TIMEOUT_SECONDS * 1000,
    },
    publicUrl: e.SHINSA_PUBLIC_URL ? new URL(e.SHINSA_PUBLIC_URL).origin : undefined,
  };
}

/** For benchmarks and tests that measure or exercise something else than the rate limiter. */
export const NO_RATE_LIMITS = { SHINSA_RATE_COLLECT_PER_MINUTE: "0", SHINSA_RATE_API_PER_MINUTE: "0" } as const;
