import { type OrderRequest, type OrderResponse, orderRequestSchema } from "@shinsa/shared";
import { loadHistory } from "../db/queries/linked-history.js";
import { storeScoredOrder } from "../db/queries/store-scored-order.js";
import { loadTokenAndReuse } from "../db/queries/token-use.js";
import type { AppDeps } from "../deps.js";
import { hostingNetworkOf } from "../lib/hosting-networks.js";
import { newRingId } from "../lib/keys.js";
import type { Lang } from "../lib/lang.js";
import { networkKindOf } from "../lib/network-kind.js";
import { validate } from "../lib/read-body.js";
import { keptIp } from "../lib/truncate-ip.js";
import { getDropKeys, getIdentifiers, getOrderKeys } from "../scoring/identifiers.js";
import { getOrderIdentity } from "../scoring/identity.js";
import { judgeOrder } from "../scoring/judge-order.js";
import { countUnits, riskyCategoriesOf } from "../scoring/order-units.js";
import { rules } from "../scoring/rules/index.js";
import { checkToken } from "../scoring/token-check.js";
import { getSiteSettings } from "../sites/scoring-settings.js";
import { answerOf } from "./order-answer.js";
import { sealPersonalData } from "./personal-data.js";
import { getKanaKey } from "./search-keys.js";
import { storedRequest } from "./stored-ip.js";

/**
 * Scores one order and stores it, top to bottom: read the settings and the token → normalise →
 * identifiers → read the linked history (one bounded, indexed statement) → judge (pure) → store
 * the order, its identifiers, its ring and its requests to score earlier orders again in one
 * statement. No re-scoring of others here: it answers which earlier orders it asked for
 * (`rescore`), score-order.ts sets this process's drain going, and re-scoring itself comes
 * through here.
 */
export async function scoreAndStore(
  deps: Pick<AppDeps, "db" | "now" | "secret" | "logger">,
  siteId: string,
  request: OrderRequest,
  options: { lang?: Lang; rescore?: { by: string; at: Date } } = {},
): Promise<{ answer: OrderResponse; placedAt: Date; rescore: string[] }> {
  const { db, secret } = deps;
  const order = validate(orderRequestSchema, request);
  const now = deps.now();
  const placedAt = order.createdAt ? new Date(order.createdAt) : now;
  const reads = Promise.all([
    getSiteSettings(db, siteId),
    order.token ? loadTokenAndReuse(db, siteId, order.token, order.orderId) : null,
  ]);
  // Normalising is pure CPU: it runs while the token read is on the wire. Should it throw, the
  // reads' own failure is then nobody's to report, so it is caught here and the throw wins.
  reads.catch(() => {});
  const identity = getOrderIdentity(order);
  const [settings, found] = await reads;

  const { token, device } = checkToken(order.token, found, now);
  const ip = order.ip ?? device?.ip;
  // Keyed once: stored as identifiers, and counted by the judge.
  const dropKeys = getDropKeys(secret, riskyCategoriesOf(order.items ?? [], settings.riskyCategories), identity);
  // With truncateIp the identifier is the network's, so it links orders stored before and after.
  const identifiers = getIdentifiers(
    secret,
    {
      customerId: order.customer?.id,
      ip: keptIp(ip, settings.truncateIp),
      drops: dropKeys,
    },
    identity,
    device,
  );
  const history = await loadHistory(db, siteId, identifiers, order.orderId, settings.hubAccounts);
  // The hosting list is searched once: its answer is a reason's text and the network's kind.
  const hostingNetwork = hostingNetworkOf(ip);
  const network = networkKindOf(ip, hostingNetwork);
  const keys = getOrderKeys(secret, order.customer?.id, identity);
  const units = countUnits(order.items ?? [], settings.riskyCategories);
  const { evaluation, links, ring, rescore } = judgeOrder(
    {
      order,
      placedAt,
      settings,
      identity,
      keys,
      units,
      token,
      device,
      history,
      hostingNetwork,
      network,
      dropKeys,
    },
    rules,
    newRingId,
  );
  // The rules' codes only: a rule's error text may quote the order it choked on.
  if (evaluation.errors.length) deps.logger.error({ rules: evaluation.errors.map((e) => e.rule) }, "rules failed");

  const scored = {
    orderId: order.orderId,
    score: evaluation.score,
    decision: evaluation.decision,
    reasons: evaluation.hits,
    links,
    ringId: ring?.ringId ?? null,
  };
  const asked = options.rescore ? [] : waitingToShip(rescore, history.neighbours, placedAt, settings.rescoreHours);
  await storeScoredOrder(db, {
    order: {
      siteId,
      placedAt,
      receivedAt: now,
      customerKey: keys.customerKey,
      token: order.token ?? null,
      deviceId: device?.deviceId ?? null,
      amount: order.amount ?? null,
      personKey: keys.personKey,
      kanaKey: getKanaKey(secret, order),
      networkKind: network,
      request: sealPersonalData(secret, storedRequest(order, settings.truncateIp)),
      ...scored,
    },
    identifiers,
    carried: { ...keys, ...units },
    ring,
    ...(options.rescore && { rescore: options.rescore }),
    rescoreTargets: asked,
  });
  const answer: OrderResponse = {
    ...answerOf(scored, options.lang ?? "ja"),
    ...(device && { device: { deviceId: device.deviceId, visitorId: device.visitorId, flags: device.flags } }),
  };
  return { answer, placedAt, rescore: asked };
}

/**
 * The orders to score again that still wait to ship: placed within the site's `rescoreHours` of
 * this one (the history read says when). A re-scoring asks for none: the chain stops at the
 * orders the new one touched.
 */
function waitingToShip(
  targets: string[],
  neighbours: Array<{ orderId: string; placedAt: Date }>,
  placedAt: Date,
  hours: number,
) {
  if (targets.length === 0 || hours === 0) return [];
  const placed = new Map(neighbours.map((n) => [n.orderId, n.placedAt.getTime()]));
  const window = hours * 3_600_000;
  return targets.filter((id) => {
    const at = placed.get(id);
    return at !== undefined && Math.abs(at - placedAt.getTime()) <= window;
  });
}
