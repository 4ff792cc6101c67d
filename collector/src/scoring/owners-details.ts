import type { IdentifierKind } from "../lib/identifier.js";

// A takeover is a stranger's order in someone else's account: it carries the owner's saved details
// (the account, its e-mail, the stored card, the billing name, home and phone, and so the name as
// read in the home's city) beside the stranger's
// own (their device, network and drop). Only the stranger's tie it to other orders: through the
// owner's, it would join the victim's own orders to the stranger's ring, and a fraud label on it
// would fall on the owner's next order.

export const OWNERS_DETAILS: ReadonlySet<IdentifierKind> = new Set([
  "account",
  "email",
  "card",
  "phone",
  "billingAddress",
  "nameArea",
]);

/** Whether a takeover order shares anything of the stranger's with another order. */
export const tiedByStranger = (via: readonly IdentifierKind[]) => via.some((k) => !OWNERS_DETAILS.has(k));
