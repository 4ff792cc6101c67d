import { readUnsealedOrders, writeSealedRequest } from "../db/queries/unsealed-orders.js";
import type { AppDeps } from "../deps.js";
import { yieldToIo } from "../lib/yield-to-io.js";
import { SEALED, sealPersonalData } from "./personal-data.js";

/**
 * Seals the personal data of orders stored before sealing existed, once, after an upgrade. It runs
 * in the background in batches (a large database takes minutes), walking the primary key, so each
 * order is read once; one with nothing personal is left as it is.
 */
export async function sealStoredOrders(deps: Pick<AppDeps, "db" | "secret">, batch = 500): Promise<number> {
  let sealed = 0;
  let after = null;
  for (;;) {
    const rows = await readUnsealedOrders(deps.db, after, batch);
    for (const row of rows) {
      const request = sealPersonalData(deps.secret, row.request);
      if (SEALED in request) {
        await writeSealedRequest(deps.db, row, request);
        sealed++;
      }
    }
    const last = rows.at(-1);
    if (!last || rows.length < batch) return sealed;
    after = { siteId: last.siteId, orderId: last.orderId };
    await yieldToIo();
  }
}
