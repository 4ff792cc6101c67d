import { z } from "zod";
import { behaviorSchema } from "./behavior.js";
import { signalsSchema } from "./signals.js";

/**
 * The version of the SDK payload. A collector accepts every version it lists in
 * `payloadSchema`; bump it only for a change an older collector would misread.
 */
export const PAYLOAD_VERSION = 1 as const;

const publicKey = z.string().regex(/^pk_[A-Za-z0-9_-]{8,64}$/, "a site public key (pk_…)");
const opaqueId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "an opaque id of 8–64 url-safe characters");

/** First payload of a page: the signals that issue the token. */
export const devicePayloadSchema = z.strictObject({
  v: z.literal(PAYLOAD_VERSION),
  type: z.literal("device"),
  key: publicKey,
  /** Random per page load; joins later updates from the same page. */
  sessionId: opaqueId,
  /**
   * The first-party visitor id the browser kept, or null. The SDK sends null and the kept id in a
   * later update: reading the browser's stores before the token costs the checkout 5–20 ms.
   */
  visitorId: opaqueId.nullable(),
  signals: signalsSchema,
  behavior: behaviorSchema.optional(),
});

/** Later payloads of the same page: slow signals and the behaviour snapshot at submit. */
export const updatePayloadSchema = z.strictObject({
  v: z.literal(PAYLOAD_VERSION),
  type: z.literal("update"),
  key: publicKey,
  sessionId: opaqueId,
  token: z.string().max(128),
  /** The visitor id the browser's stores kept, when it is not the one the token was issued with. */
  visitorId: opaqueId.optional(),
  signals: signalsSchema.optional(),
  behavior: behaviorSchema.optional(),
});

export const collectPayloadSchema = z.discriminatedUnion("type", [devicePayloadSchema, updatePayloadSchema]);
export type DevicePayload = z.infer<typeof devicePayloadSchema>;
export type UpdatePayload = z.infer<typeof updatePayloadSchema>;
export type CollectPayload = z.infer<typeof collectPayloadSchema>;

export const collectResponseSchema = z.strictObject({ token: z.string(), expiresAt: z.string() });
export type CollectResponse = z.infer<typeof collectResponseSchema>;
