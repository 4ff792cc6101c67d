import type { OrderRequest } from "@shinsa/shared";
import type { CsvEncoding } from "../csv/encoding.js";
import { importCsv, type ProgressFn } from "../csv/import-csv.js";
import type { AppDeps } from "../deps.js";
import type { Lang } from "../lib/lang.js";
import { getLatestAnswers } from "./get-order.js";
import { scoreOrder } from "./score-order.js";

// A year of a busy shop's EC-CUBE export is a few MB; 20 MB leaves room without letting one
// request hold the process's memory. Larger files go through the CLI, which posts in chunks.
export const MAX_CSV_BYTES = 20 * 1024 * 1024;

/**
 * A cart export scored order by order, as the API scores them (re-scoring included), and answered
 * as the same file with each order's score appended to its rows. Once the file's re-scoring is done
 * every row is answered as its order stands then: a ring's first order with its ring.
 */
export async function importOrders(
  deps: Pick<AppDeps, "db" | "now" | "secret" | "background" | "rescores" | "logger" | "metrics">,
  siteId: string,
  bytes: Uint8Array,
  options: { lang: Lang; encoding?: CsvEncoding | undefined; onProgress?: ProgressFn },
) {
  const { lang } = options;
  return importCsv(bytes, (order: OrderRequest) => scoreOrder(deps, siteId, order, { lang }), options.onProgress, {
    ...(options.encoding && { encoding: options.encoding }),
    onFailure: (err) => deps.logger.error({ err }, "scoring an order from a CSV failed"),
    latest: async (orderIds) => {
      await deps.background.idle(siteId);
      return getLatestAnswers(deps.db, siteId, orderIds, lang);
    },
  });
}
