import type { OrderRequest } from "@shinsa/shared";
import { readOrdersToRescore } from "../db/queries/stored-orders.js";
import type { AppDeps } from "../deps.js";
import type { Lang } from "../lib/lang.js";
import { yieldToIo } from "../lib/yield-to-io.js";
import { getSiteSettings } from "../sites/scoring-settings.js";
import { openPersonalData } from "./personal-data.js";
import { scoreAndStore } from "./score-and-store.js";

const HOUR = 3_600_000;
// The answer lists at most 20 joined orders; a bigger group is re-scored by its next orders.
const MAX_RESCORED = 20;

/** An order just scored, and the orders its answer says it joined. */
export interface Scored {
  orderId: string;
  placedAt: Date;
  joined: string[];
}

/**
 * A ring's or one person's first order has nothing to link to when it is scored; the second one
 * does. So when an order joins others, those still waiting to ship (placed within the site's
 * `rescoreHours` of it, and not labelled by the merchant) are scored again with what is known now:
 * their decision in `GET /v1/orders/{id}` and the CSV answer may rise (or fall) before they ship.
 * Each is re-scored as of the time it arrived, so its token is judged as it was then. A re-scored
 * order does not set off more re-scoring: the chain stops at the orders the new one touched.
 */
export async function rescoreJoined(
  deps: Pick<AppDeps, "db" | "now" | "secret" | "logger">,
  siteId: string,
  scored: Scored,
  options: { lang?: Lang } = {},
): Promise<string[]> {
  if (scored.joined.length === 0) return [];
  const { rescoreHours } = await getSiteSettings(deps.db, siteId);
  if (rescoreHours === 0) return [];
  const window = rescoreHours * HOUR;
  const rows = await readOrdersToRescore(deps.db, siteId, scored.joined.slice(0, MAX_RESCORED));
  const done: string[] = [];
  for (const row of rows) {
    // Labelled: the merchant has decided. Erased: its names and addresses are gone, and scoring it
    // again would replace the identifiers that still link it.
    const waiting =
      row.label === null &&
      row.erasedAt === null &&
      Math.abs(scored.placedAt.getTime() - row.placedAt.getTime()) <= window;
    if (!waiting || row.orderId === scored.orderId) continue;
    await yieldToIo();
    await scoreAndStore(
      { ...deps, now: () => row.receivedAt },
      siteId,
      openPersonalData(deps.secret, row.request) as unknown as OrderRequest,
      {
        ...options,
        rescore: { by: scored.orderId, at: deps.now() },
      },
    );
    done.push(row.orderId);
  }
  return done;
}
