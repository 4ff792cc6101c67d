import type { OrderRequest } from "@shinsa/shared";
import { generateStream } from "../../bench/quality/generator.js";
import type { AppDeps } from "../deps.js";
import { listOrders } from "../orders/list-orders.js";
import { recordFeedback } from "../orders/record-feedback.js";
import { scoreOrder } from "../orders/score-order.js";

const DAY = 86_400_000;
/** Fixed, so every fresh demo shows the same month and the README's figures hold. */
export const DEMO_SEED = 20261203;

/**
 * The README's worked example: a deferred-payment order for three PS5s to a forwarder's customer
 * code, which came back as a chargeback. A-1001 from the README then links to it.
 */
export const README_EARLIER_ORDER: OrderRequest = {
  orderId: "A-0990",
  customer: { id: "C-7", email: "t.yamada.mail@yahoo.co.jp" },
  billing: {
    name: "山田 太郎",
    nameKana: "ヤマダ タロウ",
    postalCode: "272-0127",
    address: "千葉県市川市塩浜2-13-1 ABC-12345",
    phone: "090-1212-3434",
  },
  shipping: { name: "山田 太郎", postalCode: "272-0127", address: "千葉県市川市塩浜2-13-1 ABC-12345" },
  payment: { method: "deferred" },
  items: [{ sku: "PS5", category: "game_console", quantity: 3, unitPrice: 66980 }],
  amount: 200940,
};

/**
 * A realistic month for the demo shop, so the console's queue is not empty: a few hundred orders
 * from the quality benchmark's generator (honest customers, families, gifts, a stolen-card crew,
 * resale rings, deferred-payment fraud, takeovers), each scored as of its own time, then the
 * merchant's labels that fell due (chargebacks, spotted resale). Web orders are scored without
 * their device: the demo has no browsers behind them. Seeds only an empty site.
 */
export async function seedDemoMonth(
  deps: Pick<AppDeps, "db" | "now" | "secret" | "background" | "rescores" | "logger" | "metrics">,
  siteId: string,
  options: { orders?: number } = {},
): Promise<{ orders: number; labels: number } | null> {
  const existing = await listOrders(deps, siteId, { limit: 1 } as Parameters<typeof listOrders>[2]);
  if (existing.orders.length > 0) return null;
  const end = deps.now().getTime();
  const stream = generateStream({ seed: DEMO_SEED, orders: options.orders ?? 300, days: 30, start: end - 31 * DAY });
  const at = (request: OrderRequest) => new Date(request.createdAt ?? end);
  let orders = 0;
  for (const { request } of stream.orders) {
    if (at(request).getTime() > end) continue;
    const { token: _noDevice, ...order } = request;
    await scoreOrder({ ...deps, now: () => at(request) }, siteId, order);
    orders++;
  }
  await deps.background.idle(siteId);
  const labels = stream.labels.filter((l) => l.at <= end);
  for (const label of labels) {
    await recordFeedback(
      deps.db,
      siteId,
      label.orderId,
      { label: label.label, reviewer: "merchant (demo)" },
      new Date(label.at),
    ).catch(
      // A label for an order beyond the month's end: that order was never placed.
      () => undefined,
    );
  }
  const earlier = new Date(end - 3 * 3_600_000);
  await scoreOrder({ ...deps, now: () => earlier }, siteId, {
    ...README_EARLIER_ORDER,
    createdAt: earlier.toISOString(),
  });
  await recordFeedback(
    deps.db,
    siteId,
    "A-0990",
    { label: "chargeback", reviewer: "merchant (demo)" },
    new Date(end - 3_600_000),
  );
  return { orders: orders + 1, labels: labels.length + 1 };
}
