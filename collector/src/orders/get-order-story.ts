import type { OrderRequest, TokenResponse } from "@shinsa/shared";
import type { Db } from "../db/client.js";
import { getToken } from "../device/get-token.js";
import { ApiError } from "../lib/api-error.js";
import type { Lang } from "../lib/lang.js";
import { getLatestAnswers, getOrder } from "./get-order.js";
import { orderFields } from "./order-fields.js";

/**
 * Everything a reviewer reads about one order: the stored answer and history (get-order), its
 * fields beside their normalised forms, the device its token names (even after the token expired:
 * the reviewer looks back), and the current answers of the orders it is linked to.
 */
export async function getOrderStory(
  deps: { db: Db; secret: string; now: () => Date },
  siteId: string,
  orderId: string,
  lang: Lang,
) {
  const order = await getOrder(deps, siteId, orderId, lang);
  const request = order.order as unknown as OrderRequest;
  const device = request.token ? await deviceOf(deps, siteId, request.token, lang) : null;
  const linkedIds = order.links.orders.filter((id) => id !== orderId);
  const linked = [...(await getLatestAnswers(deps.db, siteId, linkedIds, lang)).values()];
  return { ...order, fields: order.erasedAt ? [] : orderFields(request), device, linked };
}

async function deviceOf(
  deps: { db: Db; secret: string; now: () => Date },
  siteId: string,
  token: string,
  lang: Lang,
): Promise<TokenResponse | null> {
  try {
    return await getToken(deps.db, deps.secret, siteId, token, deps.now(), { evenIfExpired: true, lang });
  } catch (err) {
    // A token the order named but the site never issued (or a forged one): no device to show.
    if (err instanceof ApiError && err.status === 404) return null;
    throw err;
  }
}
