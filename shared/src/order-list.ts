import { z } from "zod";
import { DECISIONS, type Decision, type FeedbackLabel } from "./order.js";

// `GET /v1/orders`: the query a reviewer's list is made of, and the page it answers. Query values
// arrive as strings; each is checked here, so a bad one is a 400 naming it, never an empty page.

const whole = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,4}$/, "a whole number")
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const time = z
  .string()
  .max(64)
  .refine((s) => !Number.isNaN(Date.parse(s)), { message: "an ISO-8601 time" })
  .transform((s) => new Date(s));

/** What a person can be doing about an order: `open` awaits review, `decided` has a label. */
export const REVIEW_STATUSES = ["open", "decided"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const ORDER_LIST_MAX = 200;

export const listOrdersQuerySchema = z
  .strictObject({
    limit: whole(1, ORDER_LIST_MAX).default(50),
    cursor: z.string().min(1).max(300).optional(),
    decision: z.enum(DECISIONS).optional(),
    status: z.enum(REVIEW_STATUSES).optional(),
    minScore: whole(0, 100).optional(),
    maxScore: whole(0, 100).optional(),
    reason: z
      .string()
      .regex(/^[a-z0-9_]{1,64}$/, "a reason code such as velocity_email")
      .optional(),
    from: time.optional(),
    to: time.optional(),
    q: z.string().trim().min(1).max(200).optional(),
  })
  .refine((v) => v.minScore === undefined || v.maxScore === undefined || v.minScore <= v.maxScore, {
    message: "minScore is above maxScore",
    path: ["minScore"],
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: "from is after to", path: ["from"] });
export type ListOrdersQuery = z.output<typeof listOrdersQuerySchema>;

/** A person's decision about an order, as the list and the order show it. */
export interface OrderReview {
  label: FeedbackLabel;
  reviewer: string | null;
  at: string;
}

export interface ListedOrder {
  orderId: string;
  /** When the order was placed: its `createdAt` as sent, else when it arrived. */
  createdAt: string;
  score: number;
  decision: Decision;
  /** Reason codes, strongest first. */
  reasons: string[];
  ringId: string | null;
  /** As sent; null after erasure. */
  customer: { id: string | null; email: string | null };
  amount: number | null;
  /** The latest decision of a person, or null while nobody has decided. */
  review: OrderReview | null;
}

export interface ListOrdersResponse {
  orders: ListedOrder[];
  /** Pass as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
}
