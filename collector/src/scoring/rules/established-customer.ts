import { HISTORY_BREAKS } from "../facts/account-history-facts.js";
import { hit, type Rule } from "./rule.js";

/**
 * A record built on resale targets says nothing for the next one: a reseller's accounts order at
 * every launch and pile up clean history. A fan's record is mostly everyday goods.
 */
const resaleRecord = (customer: { previousOrders: number; previousResaleOrders: number }, riskyUnits: number) =>
  riskyUnits > 0 && 2 * customer.previousResaleOrders >= customer.previousOrders;

/** Several earlier orders and none labelled: the strongest sign of an honest buyer. */
export const establishedCustomer: Rule = {
  code: "established_customer",
  evaluate: ({ customer, linked, group, accountHistory, riskyUnits }) => {
    // An account tied to other accounts is not the plain history of one honest buyer; nor is an
    // order from a device (without a token, a network) and to a door the account never used with a
    // stranger's sign (a foreign clock, night, a drop), or with HISTORY_BREAKS breaks besides (another
    // name at that door, a network it never used, resale goods): its record is the owner's, and an
    // order that continues none of it may not be. The owner's present from a new phone breaks one or
    // two, and keeps the credit.
    if (
      customer.previousOrders < 2 ||
      group.accounts > 1 ||
      linked.some((l) => l.label !== null && l.label !== "legit") ||
      accountHistory.breaks.some((b) => b.stranger) ||
      accountHistory.breaks.length >= HISTORY_BREAKS ||
      resaleRecord(customer, riskyUnits)
    )
      return null;
    return hit(
      "established_customer",
      -15,
      `過去 ${customer.previousOrders} 件の問題のない注文がある顧客です`,
      `A customer with ${customer.previousOrders} earlier orders and no trouble`,
    );
  },
};
