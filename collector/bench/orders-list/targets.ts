import type { OrderRequest } from "@shinsa/shared";
import type { Sql } from "postgres";
import { normalizePhone } from "../../src/normalize/index.js";

// What a reviewer searches for, taken from one stored order of the seeded history and written the
// other way round where a person would (phone in the international form, the address with 丁目 for
// a dash or the reverse), so each search goes through the normaliser, not an exact copy.

export interface SearchTargets {
  orderId: string;
  customerId: string;
  email: string;
  phone: string;
  name: string;
  kana: string;
  address: string;
  deviceId: string;
  ringId: string;
}

const rewriteAddress = (address: string) =>
  /(\d+)-(\d+)-(\d+)/.test(address)
    ? address.replace(/(\d+)-(\d+)-(\d+)/, "$1丁目$2番$3号")
    : address.replace(/(\d+)丁目(\d+)番(\d+)号/, "$1-$2-$3");

export async function searchTargets(sql: Sql, siteId: string): Promise<SearchTargets> {
  const candidates = await sql<{ order_id: string; device_id: string; request: OrderRequest }[]>`
    select order_id, device_id, request from orders
    where site_id = ${siteId} and device_id is not null and request->'customer'->>'id' is not null
    order by order_id limit 200 offset 100`;
  // The population draws some numbers no carrier issues (090-0001-…): those link nothing, so
  // neither scoring nor a search keys them. Search for a person whose number is real.
  const order = candidates.find((c) => c.request.billing?.phone && normalizePhone(c.request.billing.phone).e164);
  const [ring] = await sql<{ ring_id: string }[]>`
    select ring_id from orders where site_id = ${siteId} and ring_id is not null order by order_id limit 1`;
  if (!order || !ring) throw new Error("the seeded history has no order to search for");
  const { customer = {}, billing = {} } = order.request;
  const text = (value: string | undefined) => value ?? "";
  return {
    orderId: order.order_id,
    customerId: text(customer.id),
    email: text(customer.email).toUpperCase(),
    phone: `+81 ${text(billing.phone).slice(1).replace(/-/g, " ")}`,
    name: text(billing.name).replace(/\s/g, ""),
    kana: text(billing.nameKana),
    address: `〒${text(billing.postalCode)} ${rewriteAddress(text(billing.address))}`,
    deviceId: order.device_id,
    ringId: ring.ring_id,
  };
}
