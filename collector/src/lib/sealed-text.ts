import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

// Text kept in the database that a dump must not reveal (an order's personal fields, a webhook's
// signing secret) is sealed with AES-256-GCM under a key derived from the server secret, one key
// per purpose, so a key derived for one use opens nothing of another. The server secret itself
// never sits in the database (db/server-secret.ts).

const VERSION = "v1";
const keys = new Map<string, Buffer>();

function keyOf(secret: string, purpose: string): Buffer {
  const id = `${purpose}\u0000${secret}`;
  let key = keys.get(id);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, "shinsa", purpose, 32));
    keys.set(id, key);
  }
  return key;
}

/** `v1.<base64url of iv, ciphertext, tag>`: a fresh IV each time, so one text sealed twice differs. */
export function sealText(secret: string, purpose: string, text: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyOf(secret, purpose), iv);
  const body = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url")}`;
}

/** The sealed text; throws on a wrong key, another purpose or a changed seal. */
export function openText(secret: string, purpose: string, sealed: string): string {
  const [version, data = ""] = sealed.split(".");
  if (version !== VERSION) throw new Error(`sealed text of an unknown version (${version})`);
  const bytes = Buffer.from(data, "base64url");
  const decipher = createDecipheriv("aes-256-gcm", keyOf(secret, purpose), bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(bytes.length - 16));
  return Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString("utf8");
}
