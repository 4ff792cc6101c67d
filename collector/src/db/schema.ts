import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type { ParsedClient } from "../lib/user-agent.js";

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
  /** Thresholds, rule weights, rules off, forwarders: per-site settings held as data (scoring/settings.ts). */
  settings: jsonb("settings").$type<Record<string, unknown>>().notNull().default({}),
  createdAt: createdAt(),
});

/** Instance-wide secrets, such as the HMAC key of stored identifiers, made at first start. */
export const serverSecrets = pgTable("server_secrets", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
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
    /** Written when the key is looked up, at most once per auth cache period (middleware/auth.ts). */
    lastUsedAt: timestamp("last_used_at", { withTimezone: true, mode: "date" }),
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
    // Retention deletes a site's signals by age (sites/signal-retention.ts).
    index("device_tokens_age_idx").on(t.siteId, t.createdAt),
  ],
);

export interface StoredFlagReason {
  flag: string;
  code: string;
  message: string;
  ja?: string;
}

/** One row per scored order: the latest score, decision and the rule hits behind it. */
export const orders = pgTable(
  "orders",
  {
    siteId: text("site_id").notNull(),
    orderId: text("order_id").notNull(),
    /** When the order was placed (the request's createdAt), else when it arrived. */
    placedAt: timestamp("placed_at", { withTimezone: true, mode: "date" }).notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    /** HMAC of the merchant's customer id: erasure finds the orders without keeping the id in clear. */
    customerKey: text("customer_key"),
    token: text("token"),
    deviceId: text("device_id"),
    amount: integer("amount"),
    /** The order as sent; personal data is removed from it on erasure. */
    request: jsonb("request").$type<Record<string, unknown>>().notNull(),
    score: integer("score").notNull(),
    decision: text("decision").notNull(),
    reasons: jsonb("reasons").$type<StoredReason[]>().notNull(),
    links: jsonb("links").$type<StoredLinks>().notNull(),
    ringId: text("ring_id"),
    label: text("label"),
    labelNote: text("label_note"),
    labeledAt: timestamp("labeled_at", { withTimezone: true, mode: "date" }),
    /** Who gave the latest label (order_reviews keeps every one). */
    labelReviewer: text("label_reviewer"),
    /** HMACs of the buyer's folded name and of its reading in kana, so the order list finds a name without reading requests. */
    personKey: text("person_key"),
    kanaKey: text("kana_key"),
    erasedAt: timestamp("erased_at", { withTimezone: true, mode: "date" }),
    /** Set when a later order joined this one and it was scored again: why its answer changed. */
    rescore: jsonb("rescore").$type<StoredRescore>(),
    /**
     * The kind of network the order came from (lib/network-kind.ts: hosting, japan, abroad), null
     * without an IP: the account's habit a later order of the account is compared with, kept
     * without keeping the address.
     */
    networkKind: text("network_kind"),
  },
  (t) => [
    primaryKey({ columns: [t.siteId, t.orderId] }),
    index("orders_ring_idx").on(t.siteId, t.ringId),
    index("orders_customer_idx").on(t.siteId, t.customerKey, t.placedAt),
    index("orders_token_idx").on(t.siteId, t.token),
    // The order list (GET /v1/orders) walks these newest first and stops after a page.
    index("orders_recent_idx").on(t.siteId, t.placedAt, t.orderId),
    index("orders_decision_idx").on(t.siteId, t.decision, t.placedAt, t.orderId),
    // The review queue: small, since a person settles what it holds.
    index("orders_open_idx")
      .on(t.siteId, t.placedAt, t.orderId)
      .where(sql`${t.decision} = 'review' and ${t.label} is null`),
    index("orders_decided_idx").on(t.siteId, t.placedAt, t.orderId).where(sql`${t.label} is not null`),
    // A score range no recent order falls in would otherwise walk the whole list to answer nothing.
    index("orders_score_idx").on(t.siteId, t.score),
    // `reasons @> '[{"code": …}]'`: a rare reason is found without walking the whole list. GIN
    // cannot lead with site_id without the btree_gin extension; the query filters by site all the same.
    index("orders_reasons_idx").using("gin", t.reasons.op("jsonb_path_ops")),
    index("orders_person_idx").on(t.siteId, t.personKey),
    index("orders_kana_idx").on(t.siteId, t.kanaKey),
  ],
);

/** Every decision a person made about an order, kept: the order carries the latest. */
export const orderReviews = pgTable(
  "order_reviews",
  {
    siteId: text("site_id").notNull(),
    orderId: text("order_id").notNull(),
    /** Tells apart, in the order they came, two decisions given in one millisecond. */
    id: bigint("id", { mode: "number" }).generatedAlwaysAsIdentity(),
    label: text("label").notNull(),
    note: text("note"),
    reviewer: text("reviewer"),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.siteId, t.orderId, t.id] }),
    index("order_reviews_order_idx").on(t.siteId, t.orderId, t.at),
  ],
);

/**
 * The link graph, as an index: one row per (identifier, order). Values are HMACs with the
 * server secret, so links survive erasure and a database dump does not hold emails or phones.
 * Rows carry what scoring needs of the other order, so loading a neighbourhood needs no join.
 */
export const orderIdentifiers = pgTable(
  "order_identifiers",
  {
    siteId: text("site_id").notNull(),
    kind: text("kind").notNull(),
    value: text("value").notNull(),
    orderId: text("order_id").notNull(),
    placedAt: timestamp("placed_at", { withTimezone: true, mode: "date" }).notNull(),
    customerKey: text("customer_key"),
    /** HMACs of the folded full name and surname: tell one person, a family and strangers apart. */
    personKey: text("person_key"),
    surnameKey: text("surname_key"),
    amount: integer("amount"),
    /** Units of high-risk categories (resale targets) in the order. */
    riskyUnits: integer("risky_units").notNull().default(0),
    units: integer("units").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.siteId, t.kind, t.value, t.orderId] }),
    index("order_identifiers_order_idx").on(t.siteId, t.orderId),
    // Covering: it holds every column a neighbour read needs, so that read is an index-only scan of
    // a few adjacent leaf pages instead of one heap page per neighbour. The columns after
    // placed_at would be INCLUDE columns, which drizzle cannot declare; as trailing keys they cost
    // about the same (suffix truncation keeps them out of the inner pages).
    index("order_identifiers_recent_idx").on(
      t.siteId,
      t.kind,
      t.value,
      t.placedAt,
      t.orderId,
      t.customerKey,
      t.personKey,
      t.surnameKey,
      t.amount,
      t.riskyUnits,
      t.units,
    ),
  ],
);

/** Negative (deny) and allow lists of identifiers, per site, fed by feedback and by hand. */
export const listEntries = pgTable(
  "list_entries",
  {
    siteId: text("site_id").notNull(),
    list: text("list").notNull(),
    kind: text("kind").notNull(),
    value: text("value").notNull(),
    label: text("label"),
    sourceOrderId: text("source_order_id"),
    note: text("note"),
    manual: boolean("manual").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.list, t.kind, t.value] })],
);

export interface StoredReason {
  code: string;
  score: number;
  message: { ja: string; en: string };
}

/** The latest re-scoring of an order, and the answer it had when it was placed. */
export interface StoredRescore {
  /** When the re-scoring ran (ISO). */
  at: string;
  /** The order whose arrival set it off. */
  by: string;
  /** The score and decision the order was first given. */
  scoreBefore: number;
  decisionBefore: string;
}

export interface StoredLinks {
  accounts: number;
  orders: string[];
  via: string[];
}

/**
 * People who sign in to the review console. The owner signs in with the admin token and has no
 * row; everyone else is made by an admin here. `sites` empty with role `admin` means every site.
 */
export const consoleUsers = pgTable(
  "console_users",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    /** scrypt, as `scrypt$N$r$p$salt$hash` (accounts/passwords.ts). */
    passwordHash: text("password_hash").notNull(),
    role: text("role").notNull(),
    sites: text("sites").array().notNull().default(sql`'{}'::text[]`),
    disabledAt: timestamp("disabled_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("console_users_email_idx").on(t.email)],
);

/** A signed-in browser. Only the session id's hash is stored, so a database dump signs no one in. */
export const consoleSessions = pgTable(
  "console_sessions",
  {
    idHash: text("id_hash").primaryKey(),
    /** A console user's id, or null for the owner (signed in with the admin token). */
    userId: text("user_id"),
    /** Each form carries it back; a request without it is refused (console/csrf.ts). */
    csrfToken: text("csrf_token").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("console_sessions_user_idx").on(t.userId)],
);

/** Failed sign-ins per who-and-where, so guessing gets slower with every miss (accounts/sign-in.ts). */
export const consoleSignInFailures = pgTable("console_sign_in_failures", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  lastAt: timestamp("last_at", { withTimezone: true, mode: "date" }).notNull(),
});

/** Where a site's decision webhooks go (one endpoint per site). */
export const webhookEndpoints = pgTable("webhook_endpoints", {
  siteId: text("site_id")
    .primaryKey()
    .references(() => sites.id, { onDelete: "cascade" }),
  url: text("url").notNull(),
  events: text("events").array().notNull(),
  /** The signing secret, sealed with the server secret (lib/sealed-text.ts): a dump cannot forge events. */
  secret: text("secret").notNull(),
  /** After a rotation the old secret signs beside the new one for a day, so receivers switch without a gap. */
  previousSecret: text("previous_secret"),
  previousUntil: timestamp("previous_until", { withTimezone: true, mode: "date" }),
  createdAt: createdAt(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/**
 * The outbox: an event is written in the same statement or transaction as the change it reports,
 * so an acknowledged change always has its event, and is deleted by nothing but retention. A
 * dispatcher in any collector process claims due rows (`locked_until`), posts them and records the
 * outcome, so each is delivered at least once, also across restarts and several processes.
 */
export const webhookEvents = pgTable(
  "webhook_events",
  {
    siteId: text("site_id").notNull(),
    id: text("id").notNull(),
    type: text("type").notNull(),
    orderId: text("order_id"),
    /** The event's `data`: scores, decisions and reason codes, never personal data. */
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true, mode: "date" }).defaultNow(),
    /** Set while one process delivers it; a process that dies leaves it to expire and be claimed again. */
    lockedUntil: timestamp("locked_until", { withTimezone: true, mode: "date" }),
    deliveredAt: timestamp("delivered_at", { withTimezone: true, mode: "date" }),
    failedAt: timestamp("failed_at", { withTimezone: true, mode: "date" }),
    lastStatus: integer("last_status"),
    lastError: text("last_error"),
  },
  (t) => [
    primaryKey({ columns: [t.siteId, t.id] }),
    index("webhook_events_due_idx").on(t.nextAttemptAt).where(sql`${t.deliveredAt} is null and ${t.failedAt} is null`),
    index("webhook_events_site_idx").on(t.siteId, t.createdAt),
  ],
);

/**
 * Orders waiting to be scored again because a later order joined them (orders/rescore-linked.ts):
 * one row per order, naming the newest order that asked. Written by the statement that stores
 * the asking order, so an answer given is a re-score kept through a crash; claimed by any process
 * for a while (`claimedBy`, `lockedUntil`) and deleted once done.
 */
export const rescoreRequests = pgTable(
  "rescore_requests",
  {
    siteId: text("site_id").notNull(),
    orderId: text("order_id").notNull(),
    askedBy: text("asked_by").notNull(),
    /** When the asking order was placed: the re-score waits only while it is within `rescoreHours`. */
    askedByPlacedAt: timestamp("asked_by_placed_at", { withTimezone: true, mode: "date" }).notNull(),
    /** When the order first waited: the queue's order. */
    askedAt: timestamp("asked_at", { withTimezone: true, mode: "date" }).notNull(),
    claimedBy: text("claimed_by"),
    lockedUntil: timestamp("locked_until", { withTimezone: true, mode: "date" }),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.orderId] }), index("rescore_requests_asked_idx").on(t.siteId, t.askedAt)],
);
