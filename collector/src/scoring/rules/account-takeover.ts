import { signalValue } from "@shinsa/shared";
import type { OrderFacts } from "../facts/order-facts.js";
import { hit, type Rule } from "./rule.js";

const JST_OFFSET_MINUTES = -540;

/** The habits a stranger in someone's account breaks beyond device and door, as a reviewer reads them. */
function breaks({ identity, accountHistory, device, placedAt, riskyUnits }: OrderFacts) {
  const found: Array<{ ja: string; en: string }> = [];
  if (identity.shippingPersonKey && identity.personKey && identity.shippingPersonKey !== identity.personKey)
    found.push({ ja: "別名義の受取人", en: "another recipient's name" });
  if (accountHistory.sameNetwork === false) found.push({ ja: "初めてのネットワーク", en: "a network it never used" });
  // The clock, not the language: foreign residents in Japan browse in English or Chinese on Japan time.
  const offset = device ? signalValue(device.signals, "timezone")?.offset : undefined;
  if (offset !== undefined && offset !== JST_OFFSET_MINUTES)
    found.push({ ja: "海外のタイムゾーン", en: "a clock set outside Japan" });
  // Night in Japan, for a door in Japan: when account owners sleep and takeovers are tried.
  const hour = (placedAt.getUTCHours() + 9) % 24;
  if (identity.shippingAddress?.prefecture && hour < 6) found.push({ ja: "深夜の注文", en: "placed at night" });
  if (riskyUnits > 0) found.push({ ja: "転売対象の商品", en: "resale goods" });
  return found;
}

/**
 * An account with a history whose order breaks with all of it at once: a device the account never
 * used, a door it never shipped to, and at least three more breaks (another recipient, a new
 * network, a clock outside Japan, night, resale goods). The honest twin, a regular's gift to
 * parents, comes from the regular's own device; from a new phone of theirs it breaks two at most
 * (another recipient on a new network), where a stranger breaks four or five.
 */
export const accountTakeover: Rule = {
  code: "account_takeover",
  evaluate: (facts) => {
    const history = facts.accountHistory;
    if (history.previousOrders === 0 || history.sameDevice !== false || history.sameDoor) return null;
    const found = breaks(facts);
    if (found.length < 3) return null;
    return hit(
      "account_takeover",
      Math.min(55, 35 + 10 * (found.length - 3)),
      `過去 ${history.previousOrders} 件の注文と異なる端末・配送先で、${found.map((b) => b.ja).join("・")}があります`,
      `A device and a door this account never used before, with ${found.map((b) => b.en).join(", ")}`,
    );
  },
};
