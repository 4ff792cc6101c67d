import { openText, sealText } from "../lib/sealed-text.js";

// An order is stored as the shop sent it, but the parts that identify a person — names, readings,
// addresses, phones, e-mails, the card's digits and holder, the IP — are sealed (AES-256-GCM) under
// a key derived from the server secret, which never sits in the database (db/server-secret.ts). A
// dump of the database alone then holds amounts, items and scores, and keyed hashes of the
// identifiers (order_identifiers), but no e-mail or phone to read. Scoring, re-scoring, the API and
// the console open the seal with the same key; an erasure drops it.

/** What in a billing or shipping party names or reaches a person: sealed when stored, removed by an erasure. */
export const PARTY_FIELDS = ["name", "nameKana", "postalCode", "address", "phone", "email"] as const;
const SEALED_PATHS: ReadonlyArray<readonly [string, string]> = [
  ...(["billing", "shipping"] as const).flatMap((party) => PARTY_FIELDS.map((f) => [party, f] as const)),
  ["customer", "email"],
  ["payment", "cardBin"],
  ["payment", "cardLast4"],
  ["payment", "cardHolder"],
];
const TOP_LEVEL = ["ip"] as const;

/** The stored request's member that holds the sealed fields. */
export const SEALED = "$sealed";
// The HKDF info the seal's key has always been derived with: orders sealed before stay readable.
const PURPOSE = "orders.request personal data v1";

type Json = Record<string, unknown>;

/** The request to store: its personal fields moved into one sealed member. */
export function sealPersonalData(secret: string, request: Json): Json {
  const copy = structuredClone(request) as Record<string, Json | unknown>;
  const taken: Record<string, unknown> = {};
  for (const [group, field] of SEALED_PATHS) {
    const part = copy[group] as Json | undefined;
    if (part && typeof part === "object" && part[field] !== undefined) {
      taken[`${group}.${field}`] = part[field];
      delete part[field];
    }
  }
  for (const field of TOP_LEVEL) {
    if (copy[field] !== undefined) {
      taken[field] = copy[field];
      delete copy[field];
    }
  }
  if (Object.keys(taken).length === 0) return copy;
  copy[SEALED] = sealText(secret, PURPOSE, JSON.stringify(taken));
  return copy;
}

/** The sealed fields alone ({"billing.email": …}); {} when there are none. Throws on a wrong key or a changed seal. */
export function openSealed(secret: string, sealed: unknown): Record<string, unknown> {
  if (typeof sealed !== "string") return {};
  return JSON.parse(openText(secret, PURPOSE, sealed)) as Record<string, unknown>;
}

/**
 * The request as the shop sent it. A request stored before sealing existed comes back as it is.
 * Members whose names start with `$` are the store's own marks (the seal, `$ipTruncated`), never
 * the shop's (the order schema has no such field): they are left out.
 */
export function openPersonalData(secret: string, stored: Json): Json {
  const { [SEALED]: sealed, ...copy } = structuredClone(stored) as Record<string, unknown>;
  for (const key of Object.keys(copy)) if (key.startsWith("$")) delete copy[key];
  if (sealed === undefined) return copy;
  for (const [path, value] of Object.entries(openSealed(secret, sealed))) {
    const [group, field] = path.split(".") as [string, string | undefined];
    if (field === undefined) copy[group] = value;
    else copy[group] = { ...((copy[group] as Json | undefined) ?? {}), [field]: value };
  }
  // Member order is not kept: jsonb stores members in its own order anyway.
  return copy;
}
