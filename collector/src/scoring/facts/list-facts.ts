import type { IdentifierKind } from "../../lib/identifier.js";
import type { ListHit } from "./inputs.js";

/**
 * The site's lists as they touch this order: negative-list hits, and allow-listed kinds and values.
 * A hardware-in-a-city entry (put there before labels stopped listing it) says nothing once that
 * hardware is a popular model: a hub joins strangers, on the lists as in links.
 */
export function listFacts(listHits: ListHit[], hubs: ReadonlySet<IdentifierKind>) {
  const allow = listHits.filter((h) => h.list === "allow");
  return {
    denyHits: listHits.filter((h) => h.list === "deny" && !(h.kind === "machineArea" && hubs.has("machineArea"))),
    allowed: [...new Set(allow.map((h) => h.kind))] as IdentifierKind[],
    allowedValues: new Set(allow.map((h) => h.value)),
  };
}
