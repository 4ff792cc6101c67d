import { PARTY_FIELDS } from "./personal-data.js";

// Personal data in an order request; what remains (ids, amounts, items, payment method and
// result) is what fraud review and accounting still need. The hashed identifiers stay, so links
// to later orders survive.

/** A copy of the stored request without the customer's personal data. */
export function redact(request: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(request) as Record<string, Record<string, unknown> | undefined>;
  for (const party of ["billing", "shipping"] as const) {
    const p = copy[party];
    if (p) for (const f of PARTY_FIELDS) delete p[f];
  }
  if (copy.customer) {
    delete copy.customer.email;
    delete copy.customer.id;
  }
  if (copy.payment) delete copy.payment.cardHolder;
  delete copy.ip;
  return copy;
}
