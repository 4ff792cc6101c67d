import { signalValue } from "@shinsa/shared";
import type { OrderFacts } from "../facts/order-facts.js";
import { hit, type Rule } from "./rule.js";

const JST_OFFSET_MINUTES = -540;

interface Break {
  ja: string;
  en: string;
  /** What the owner does not do even when sending a present from a new phone. */
  stranger: boolean;
}

/** The habits a stranger in someone's account breaks beyond device and door, as a reviewer reads them. */
function breaks({ identity, accountHistory, device, placedAt, riskyUnits }: OrderFacts): Break[] {
  const found: Break[] = [];
  if (identity.shippingPersonKey && identity.personKey && identity.shippingPersonKey !== identity.personKey)
    found.push({ ja: "別名義の受取人", en: "another recipient's name", stranger: false });
  if (accountHistory.sameNetwork === false)
    found.push({ ja: "初めてのネットワーク", en: "a network it never used", stranger: false });
  if (riskyUnits > 0) found.push({ ja: "転売対象の商品", en: "resale goods", stranger: false });
  // The clock, not the language: foreign residents in Japan browse in English or Chinese on Japan time.
  const offset = device ? signalValue(device.signals, "timezone")?.offset : undefined;
  if (offset !== undefined && offset !== JST_OFFSET_MINUTES)
    found.push({ ja: "海外のタイムゾーン", en: "a clock set outside Japan", stranger: true });
  // Night in Japan, for a door in Japan: when account owners sleep and takeovers are tried.
  const hour = (placedAt.getUTCHours() + 9) % 24;
  if (identity.shippingAddress?.prefecture && hour < 6)
    found.push({ ja: "深夜の注文", en: "placed at night", stranger: true });
  const hints = identity.shippingAddress?.forwarderHints.filter((h) => h !== "convenience_store_pickup") ?? [];
  if (hints.length > 0) found.push({ ja: "転送・留め置きの配送先", en: "a forwarder or hold address", stranger: true });
  return found;
}

/**
 * An account with a history whose order breaks with all of it at once: a device the account never
 * used, a door it never shipped to, and at least three more breaks, one of them a stranger's (a
 * clock outside Japan, night in Japan, a forwarder or hold address). The honest twin, a regular's
 * present to parents, comes from the regular's own device; from a new phone of theirs it can break
 * three (another recipient, a new network, a console as the present) but none of a stranger's.
 */
export const accountTakeover: Rule = {
  code: "account_takeover",
  evaluate: (facts) => {
    const history = facts.accountHistory;
    if (history.previousOrders === 0 || history.sameDevice !== false || history.sameDoor) return null;
    const found = breaks(facts);
    if (found.length < 3 || !found.some((b) => b.stranger)) return null;
    return hit(
      "account_takeover",
      Math.min(55, 35 + 10 * (found.length - 3)),
      `過去 ${history.previousOrders} 件の注文と異なる端末・配送先で、${found.map((b) => b.ja).join("・")}があります`,
      `A device and a door this account never used before, with ${found.map((b) => b.en).join(", ")}`,
    );
  },
};
