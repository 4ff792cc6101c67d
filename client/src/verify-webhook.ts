import { createHmac, timingSafeEqual } from "node:crypto";
import type { WebhookEvent } from "@shinsa/shared";

// The receiving side of Shinsa's decision webhooks: check the `Shinsa-Signature` header against
// the raw body before trusting a byte of it. The header is `t=<unix seconds>,v1=<hex>[,v1=<hex>]`;
// each v1 is HMAC-SHA256 of `<t>.<body>` under one of the endpoint's signing secrets (two while a
// secret is being rotated).

export class WebhookSignatureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WebhookSignatureError";
  }
}

export interface VerifyOptions {
  /** The body exactly as received: parse it after, never before (a re-serialised body no longer matches). */
  body: string | Uint8Array;
  /** The `Shinsa-Signature` header. */
  signature: string | null | undefined;
  /** Your signing secret(s): during your own rotation, the new one and the old. */
  secrets: string | string[];
  /** How far `t` may be from your clock, so a captured delivery cannot be replayed later; 300 s by default. */
  toleranceSeconds?: number;
  now?: Date;
}

/** The event, once its signature checks out; throws WebhookSignatureError otherwise. */
export function verifyWebhook(options: VerifyOptions): WebhookEvent {
  const body = typeof options.body === "string" ? options.body : Buffer.from(options.body).toString("utf8");
  const parts = (options.signature ?? "").split(",").map((part) => {
    const at = part.indexOf("=");
    return [part.slice(0, at).trim(), part.slice(at + 1).trim()] as const;
  });
  const t = Number(parts.find(([k]) => k === "t")?.[1]);
  const signatures = parts.filter(([k]) => k === "v1").map(([, v]) => Buffer.from(v, "hex"));
  if (!Number.isInteger(t) || signatures.length === 0)
    throw new WebhookSignatureError("no Shinsa-Signature header, or one without t= and v1=");
  const now = (options.now ?? new Date()).getTime() / 1000;
  if (Math.abs(now - t) > (options.toleranceSeconds ?? 300))
    throw new WebhookSignatureError(`signed at ${new Date(t * 1000).toISOString()}, outside the tolerance`);
  const secrets = Array.isArray(options.secrets) ? options.secrets : [options.secrets];
  const valid = secrets.some((secret) => {
    const expected = createHmac("sha256", secret).update(`${t}.${body}`).digest();
    return signatures.some((s) => s.length === expected.length && timingSafeEqual(s, expected));
  });
  if (!valid) throw new WebhookSignatureError("the signature does not match the body under any of the secrets");
  return JSON.parse(body) as WebhookEvent;
}
