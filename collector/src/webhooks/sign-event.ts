import { createHmac } from "node:crypto";

// The `Shinsa-Signature` header: `t=<unix seconds>,v1=<hex>`, where each v1 is the HMAC-SHA256 of
// `<t>.<body>` under one of the endpoint's signing secrets (two during a rotation). A receiver
// recomputes it with its secret over the raw body, compares in constant time, and refuses a `t`
// too far from its own clock, so a captured delivery cannot be replayed days later.

export const SIGNATURE_HEADER = "shinsa-signature";

export function signatureOf(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

export function signatureHeader(secrets: string[], timestamp: number, body: string): string {
  return [`t=${timestamp}`, ...secrets.map((s) => `v1=${signatureOf(s, timestamp, body)}`)].join(",");
}
