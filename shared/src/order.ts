import { z } from "zod";

// `POST /v1/orders`: only orderId is required; a merchant sends what it has.

const text = (max = 500) => z.string().max(max);
/** Money in minor units, up to what the database's `integer` holds (about ¥2.1 billion). */
const money = z.number().int().min(0).max(2_147_483_647);
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);
const isoTime = z
  .string()
  .max(64)
  // Bounded: a year 0 or 275760 parses in JavaScript but not in PostgreSQL's timestamp.
  .refine((s) => Date.parse(s) >= EARLIEST && Date.parse(s) < LATEST, {
    message: "an ISO-8601 time from 1970 to 2199",
  });

export const partySchema = z.strictObject({
  name: text(200).optional(),
  nameKana: text(200).optional(),
  postalCode: text(16).optional(),
  address: text(500).optional(),
  phone: text(40).optional(),
  email: text(254).optional(),
  country: text(2).optional(),
});

export const PAYMENT_METHODS = ["card", "deferred", "cod", "bank", "wallet", "other"] as const;
export const THREE_D_SECURE = ["authenticated", "attempted", "failed", "none"] as const;

export const orderRequestSchema = z.strictObject({
  orderId: z.string().trim().min(1).max(128),
  token: text(128).optional(),
  createdAt: isoTime.optional(),
  ip: text(64).optional(),
  customer: z
    .object({ id: text(128).optional(), email: text(254).optional(), createdAt: isoTime.optional() })
    .optional(),
  billing: partySchema.optional(),
  shipping: partySchema.optional(),
  payment: z
    .object({
      method: z.enum(PAYMENT_METHODS).optional(),
      cardBin: z
        .string()
        .regex(/^\d{6,8}$/, "6 to 8 digits")
        .optional(),
      cardLast4: z
        .string()
        .regex(/^\d{4}$/, "4 digits")
        .optional(),
      cardHolder: text(200).optional(),
      threeDSecure: z.enum(THREE_D_SECURE).optional(),
    })
    .optional(),
  items: z
    .array(
      z.strictObject({
        sku: text(128).optional(),
        name: text(300).optional(),
        category: text(100).optional(),
        quantity: z.number().int().min(0).max(1e6).default(1),
        unitPrice: money.optional(),
      }),
    )
    .max(500)
    .optional(),
  amount: money.optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "an ISO 4217 code")
    .optional(),
});
export type OrderRequest = z.input<typeof orderRequestSchema>;
export type Order = z.output<typeof orderRequestSchema>;

export const DECISIONS = ["accept", "review", "reject"] as const;
export type Decision = (typeof DECISIONS)[number];

export interface Reason {
  code: string;
  score: number;
  message: string;
}

export interface OrderResponse {
  orderId: string;
  score: number;
  decision: Decision;
  reasons: Reason[];
  links: { accounts: number; orders: string[]; via: string[]; ringId?: string };
  device?: { deviceId: string; visitorId: string; flags: Record<string, boolean> };
}

/** Labels that confirm an order was fraud: its identifiers go on the negative list, its ring counts as labelled. */
export const FRAUD_LABELS = ["fraud", "chargeback", "resale"] as const;
export type FraudLabel = (typeof FRAUD_LABELS)[number];
export const isFraudLabel = (label: string | null | undefined): label is FraudLabel =>
  (FRAUD_LABELS as readonly string[]).includes(label ?? "");

/** What a merchant or reviewer can say of an order: one of the fraud labels, or `legit`. */
export const FEEDBACK_LABELS = [...FRAUD_LABELS, "legit"] as const;
export type FeedbackLabel = (typeof FEEDBACK_LABELS)[number];
export const feedbackRequestSchema = z.strictObject({
  label: z.enum(FEEDBACK_LABELS),
  note: text(2000).optional(),
  /** Who decided: a name or an e-mail, kept in the order's review history. */
  reviewer: z.string().trim().min(1).max(200).optional(),
});
export type FeedbackRequest = z.infer<typeof feedbackRequestSchema>;
