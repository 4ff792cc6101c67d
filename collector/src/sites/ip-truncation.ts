import { readSiteSettingsAll } from "../db/queries/expired-signals.js";
import { readUncutTokenIps, readUnmarkedOrders, writeCutOrder, writeTokenIps } from "../db/queries/stored-ips.js";
import type { AppDeps } from "../deps.js";
import { keyed } from "../lib/identifier.js";
import { truncateIp } from "../lib/truncate-ip.js";
import { yieldToIo } from "../lib/yield-to-io.js";
import { openPersonalData, sealPersonalData } from "../orders/personal-data.js";
import { IP_TRUNCATED } from "../orders/stored-ip.js";
import { mergeSettings } from "../scoring/settings.js";

const BATCH = 500;

/**
 * For every site with `truncateIp`, cuts the IP addresses stored before it was turned on: in its
 * orders (inside the seal, so each is opened and sealed again), their keyed `ip` identifiers (so
 * old and new orders of one network still link), and its tokens. Orders go first: an order whose
 * identifier came from its token's address needs that address whole to find the identifier.
 * Runs when the setting is turned on and hourly after; what is done is skipped.
 */
export async function truncateStoredIps(
  deps: Pick<AppDeps, "db" | "secret">,
): Promise<{ orders: number; tokens: number }> {
  const done = { orders: 0, tokens: 0 };
  for (const { siteId, settings } of await readSiteSettingsAll(deps.db)) {
    if (!mergeSettings(settings).truncateIp) continue;
    done.orders += await cutOrders(deps, siteId);
    done.tokens += await cutTokens(deps, siteId);
  }
  return done;
}

async function cutOrders(deps: Pick<AppDeps, "db" | "secret">, siteId: string): Promise<number> {
  let count = 0;
  let after: string | null = null;
  for (;;) {
    const rows = await readUnmarkedOrders(deps.db, siteId, after, BATCH);
    for (const row of rows) {
      const opened = openPersonalData(deps.secret, row.request);
      const ownIp = typeof opened.ip === "string" ? opened.ip : null;
      const keyedIp = ownIp ?? row.tokenIp;
      const request = sealPersonalData(deps.secret, {
        ...opened,
        ...(ownIp && { ip: truncateIp(ownIp) }),
        [IP_TRUNCATED]: true,
      });
      await writeCutOrder(deps.db, {
        siteId,
        orderId: row.orderId,
        request,
        ...(keyedIp && {
          ipKey: { from: keyed(deps.secret, "ip", keyedIp), to: keyed(deps.secret, "ip", truncateIp(keyedIp)) },
        }),
      });
      count++;
    }
    after = rows.at(-1)?.orderId ?? null;
    if (rows.length < BATCH) return count;
    await yieldToIo();
  }
}

async function cutTokens(deps: Pick<AppDeps, "db">, siteId: string): Promise<number> {
  let count = 0;
  let after: string | null = null;
  for (;;) {
    const rows = await readUncutTokenIps(deps.db, siteId, after, BATCH);
    await writeTokenIps(
      deps.db,
      siteId,
      rows.flatMap((r) => (r.ip ? [{ token: r.token, ip: truncateIp(r.ip) }] : [])),
    );
    count += rows.length;
    after = rows.at(-1)?.token ?? null;
    if (rows.length < BATCH) return count;
    await yieldToIo();
  }
}
