import type { OrderFacts } from "../facts/order-facts.js";
import { resalePattern } from "./resale-pattern.js";
import { hit, type Rule } from "./rule.js";

/** A burst this unlikely by the city's usual share is a group, not chance (about one in a thousand drops). */
export const BURST_P_VALUE = 0.001;

/** Two accounts of a city at a drop happen; three unlikely ones make a burst. */
const BURST_ACCOUNTS = 3;

/** The order buys resale targets and its city's buyers of one of them came together beyond chance. */
export const isDropBurst = ({ riskyUnits, dropBurst }: Pick<OrderFacts, "riskyUnits" | "dropBurst">) =>
  riskyUnits > 0 && dropBurst.accounts >= BURST_ACCOUNTS && dropBurst.pValue <= BURST_P_VALUE;

/**
 * 転売 on launch day by accounts that share nothing: several accounts buying one resale-target
 * category into one city within half an hour, more than the city's usual share of the site's buyers
 * makes likely (facts/drop-burst-facts.ts). The honest twin — fans of a release who happen to live
 * in one ward, or every buyer of a shop that sells to one city — is what the usual share stands for.
 * Three accounts under one surname in a city at one release (relatives' accounts, or one person's
 * under relatives' names) are weighed by the surname's share too; two relatives who both want the
 * release are no burst.
 * When resale_pattern already names the group, it speaks for both.
 */
export const resaleBurst: Rule = {
  code: "resale_burst",
  evaluate: (facts) => {
    if (!isDropBurst(facts) || resalePattern.evaluate(facts)) return null;
    const { dropBurst, identity } = facts;
    const city = `${identity.shippingAddress?.prefecture ?? ""}${identity.shippingAddress?.city ?? ""}`;
    const score = Math.min(55, 45 + 5 * (dropBurst.accounts - BURST_ACCOUNTS));
    const { accounts, siteAccounts, category } = dropBurst;
    if (dropBurst.surname) {
      const percent = percentOf(dropBurst.share);
      return hit(
        "resale_burst",
        score,
        `30 分以内に同じ姓の ${accounts} アカウントが同じ${city}へ転売対象商品（${category}）を届けています。サイト全体の購入者 ${siteAccounts} アカウントのうち、この地域のこの姓の購入者は通常 ${percent}% です`,
        `${accounts} accounts under one surname shipped resale targets (${category}) into the city of this order within 30 minutes, of ${siteAccounts} on the whole site; buyers of that surname in that city are usually ${percent}% of them`,
      );
    }
    const percent = percentOf(dropBurst.share);
    return hit(
      "resale_burst",
      score,
      `30 分以内に ${accounts} アカウントが同じ${city}へ転売対象商品（${category}）を届けています。サイト全体の購入者 ${siteAccounts} アカウントのうち、この地域は通常 ${percent}% です`,
      `${accounts} accounts shipped resale targets (${category}) into the city of this order within 30 minutes, of ${siteAccounts} on the whole site; that city usually takes ${percent}% of them`,
    );
  },
};

/**
 * A share as a reviewer reads it: two figures below 10% (a town's 0.047%, a surname's 0.031%, a
 * ward's 1.2%), whole percents above.
 */
const percentOf = (share: number) => (share < 0.1 ? (share * 100).toPrecision(2) : (share * 100).toFixed(0));
