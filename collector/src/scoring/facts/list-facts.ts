import type { IdentifierKind } from "../../lib/identifier.js";
import type { ListHit } from "./inputs.js";

/** The site's lists as they touch this order: negative-list hits, and allow-listed kinds and values. */
export function listFacts(listHits: ListHit[]) {
  const allow = listHits.filter((h) => h.list === "allow");
  return {
    denyHits: listHits.filter((h) => h.list === "deny"),
    allowed: [...new Set(allow.map((h) => h.kind))] as IdentifierKind[],
    allowedValues: new Set(allow.map((h) => h.value)),
  };
}
