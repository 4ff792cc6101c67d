import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

// Every row belongs to a site, and every query of a per-site table filters by site_id, which
// leads each primary key and index: a sharded PostgreSQL (Citus) can distribute these tables by
// site_id as they are. `sites` and `secret_keys` are small look-up tables (a Citus reference
// table each): a key is resolved to its site before anything else is read.

const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();

export const sites = pgTable("sites", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  publicKey: text("public_key").notNull().unique(),
  /** Page origins allowed to call /v1/collect with this site's public key. */
  origins: text("origins").array().notNull().default(sql`'{}'::text[]`),
  createdAt: createdAt(),
});

export const secretKeys = pgTable(
  "secret_keys",
  {
    siteId: text("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    /** SHA-256 of the whole key: keys are random and long, so no salt or slow hash is needed. */
    keyHash: text("key_hash").notNull(),
    /** The last four characters, so a person can tell their keys apart. */
    hint: text("hint").notNull(),
    createdAt: createdAt(),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.id] }), uniqueIndex("secret_keys_key_hash_idx").on(t.keyHash)],
);

/** One row per token: one page session of one browser, with what it reported and what we made of it. */
export const deviceTokens = pgTable(
  "device_tokens",
  {
    siteId: text("site_id").notNull(),
    token: text("token").notNull(),
    sessionId: text("session_id").notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    deviceId: text("device_id").notNull(),
    hardwareId: text("hardware_id").notNull(),
    visitorId: text("visitor_id").notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
    /** The request's own headers that the page cannot fake from script (UA, client hints, languages). */
    headers: jsonb("headers").$type<Record<string, string>>().notNull(),
    client: jsonb("client").$type<ParsedClient>().notNull(),
    signals: jsonb("signals").$type<Record<string, unknown>>().notNull(),
    behavior: jsonb("behavior").$type<Record<string, unknown> | null>(),
    flags: jsonb("flags").$type<Record<string, boolean>>().notNull(),
    flagReasons: jsonb("flag_reasons").$type<StoredFlagReason[]>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.siteId, t.token] }),
    index("device_tokens_session_idx").on(t.siteId, t.sessionId),
    index("device_tokens_device_idx").on(t.siteId, t.deviceId, t.createdAt),
    index("device_tokens_hardware_idx").on(t.siteId, t.hardwareId, t.createdAt),
    index("device_tokens_visitor_idx").on(t.siteId, t.visitorId, t.createdAt),
  ],
);

export interface ParsedClient {
  browser: { name: string | null; version: string | null };
  os: { name: string | null; version: string | null };
  device: { type: string; vendor: string | null; model: string | null };
}

export interface StoredFlagReason {
  flag: string;
  code: string;
  message: string;
}
