import { createHash, randomFillSync, timingSafeEqual } from "node:crypto";

// Identifiers and secrets. Random bytes in base64url: 18 bytes (144 bits) for ids that only
// need to be unique, 24–32 bytes for anything that grants access.

// Each call into the system's generator costs a page view some 13 µs, whatever its size; bytes are
// drawn 4 KB at a time instead and handed out once each (the way Node's own randomUUID does), and
// each piece is wiped as it is taken, so no secret outlives its use in the pool.
const pool = Buffer.alloc(4096);
let taken = pool.length;

const random = (bytes: number) => {
  if (taken + bytes > pool.length) {
    randomFillSync(pool);
    taken = 0;
  }
  const piece = pool.subarray(taken, taken + bytes);
  taken += bytes;
  const text = piece.toString("base64url");
  piece.fill(0);
  return text;
};

export const newSiteId = () => `site_${random(12)}`;
export const newKeyId = () => `key_${random(9)}`;
export const newPublicKey = () => `pk_${random(18)}`;
export const newSecretKey = () => `sk_${random(32)}`;
export const newRingId = () => `ring_${random(12)}`;
export const newToken = () => `tok_${random(24)}`;
export const newVisitorId = () => `v_${random(15)}`;

/** Secret keys and tokens are long and random, so one SHA-256 is as strong as a slow hash here. */
export const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

/** Compares two secrets in time that does not depend on where they differ. */
export function secretsEqual(a: string, b: string): boolean {
  const x = createHash("sha256").update(a).digest();
  const y = createHash("sha256").update(b).digest();
  return timingSafeEqual(x, y);
}
