import { HISTORY_BREAKS } from "../facts/account-history-facts.js";
import { hit, type Rule } from "./rule.js";

/**
 * An account with a history whose order breaks with all of it at once: a device the account never
 * used (without a device token, a network it never used), a door it never shipped to, and at least
 * three more breaks, one of them a stranger's (a clock outside Japan, night in Japan, a forwarder or
 * hold address). The honest twin, a regular's
 * present to parents, comes from the regular's own device; from a new phone of theirs it can break
 * three (another recipient, a new network, a console as the present) but none of a stranger's.
 */
export const accountTakeover: Rule = {
  code: "account_takeover",
  evaluate: (facts) => {
    const history = facts.accountHistory;
    if (history.previousOrders === 0 || history.sameDoor) return null;
    const found = history.breaks;
    if (found.length < HISTORY_BREAKS || !found.some((b) => b.stranger)) return null;
    const device = history.sameDevice === false;
    return hit(
      "account_takeover",
      Math.min(55, 35 + 10 * (found.length - HISTORY_BREAKS)),
      `過去 ${history.previousOrders} 件の注文と異なる${device ? "端末" : "回線"}・配送先で、${found.map((b) => b.ja).join("・")}があります`,
      `A ${device ? "device" : "network"} and a door this account never used before, with ${found.map((b) => b.en).join(", ")}`,
    );
  },
};
