import type { Db } from "../db/client.js";
import { readCustomerOrders, writeErasedOrders } from "../db/queries/customer-orders.js";
import type { Background } from "../lib/background.js";
import { keyed } from "../lib/identifier.js";
import { openPersonalData, sealPersonalData } from "./personal-data.js";
import { redact } from "./redact-request.js";

/** Erases one customer's personal data from their stored orders; answers how many were erased. */
export async function eraseCustomer(
  deps: { db: Db; secret: string; now: () => Date; background: Background },
  siteId: string,
  customerId: string,
) {
  // A re-score already queued re-writes an order from what it read before: let the site's finish
  // first, so none can put back what the erasure removes (re-scoring skips erased orders after).
  await deps.background.idle(siteId);
  const rows = await readCustomerOrders(deps.db, siteId, keyed(deps.secret, "account", customerId));
  await writeErasedOrders(
    deps.db,
    siteId,
    rows.map((row) => ({
      orderId: row.orderId,
      request: sealPersonalData(deps.secret, redact(openPersonalData(deps.secret, row.request))),
    })),
    deps.now(),
  );
  return { erased: rows.length };
}
