import { type Identifier, type IdentifierKind, isStrong } from "../lib/identifier.js";

// What a person's label puts on the site's lists. A fraud label is a verdict on whoever placed the
// order, so it lists what identifies them; what they share with strangers or borrowed is left off:
// the hardware-in-a-city key of a popular model (identical phones of one model in one city share it,
// so it is no verdict on anyone; a reseller's own PC, seen by few accounts, stays listed), and in a
// takeover, what the account's owner had used before (their account, card, phone, address).

// What identifies the person behind a legit order: clearing these stops false links through
// them. Addresses and devices are left out: a legit buyer may share them with a ring.
const PERSONAL: IdentifierKind[] = ["account", "email", "card", "phone"];

export interface LabelEntries {
  /** The order's strong identifiers: entries this order put on the lists before are replaced. */
  values: string[];
  entries: Array<Identifier & { list: "deny" | "allow" }>;
}

export function labelEntries(
  label: string,
  identifiers: Identifier[],
  takeover: { suspected: boolean; ownersValues: ReadonlySet<string> },
  /** The order's hardware is seen on as many accounts as a hub (settings `hubAccounts`) or more. */
  commonHardware: boolean,
): LabelEntries {
  // Only strong identifiers: a device fingerprint is shared by identical phones, so it is no verdict alone.
  const strong = identifiers.filter((i) => isStrong(i.kind));
  const values = strong.map((i) => i.value);
  if (label === "legit") {
    return { values, entries: strong.filter((i) => PERSONAL.includes(i.kind)).map((i) => ({ ...i, list: "allow" })) };
  }
  const denied = strong.filter(
    (i) => !(i.kind === "machineArea" && commonHardware) && !(takeover.suspected && takeover.ownersValues.has(i.value)),
  );
  return { values, entries: denied.map((i) => ({ ...i, list: "deny" })) };
}
