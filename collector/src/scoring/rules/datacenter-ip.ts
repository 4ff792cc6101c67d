import { createCache, memoize } from "../../lib/cache.js";
import { cidrContains, parseCidr } from "../../lib/cidr.js";
import { hit, type Rule } from "./rule.js";

// A site's list is read for every order and changes rarely: parse each range once.
const cidrOf = memoize(parseCidr, createCache<ReturnType<typeof parseCidr>>({ maxEntries: 100_000 }));

/** Buyers shop from homes and phones; an order from a hosting provider's network hides where it comes from. */
export const datacenterIp: Rule = {
  code: "datacenter_ip",
  evaluate: ({ order, device, settings }) => {
    const ip = order.ip ?? device?.ip;
    if (!ip || settings.datacenterRanges.length === 0) return null;
    const range = settings.datacenterRanges.find((r) => {
      const cidr = cidrOf(r);
      return cidr !== null && cidrContains(cidr, ip);
    });
    return range
      ? hit(
          "datacenter_ip",
          20,
          `データセンターの IP アドレスからの注文です (${range})`,
          `The order came from a datacenter IP (${range})`,
        )
      : null;
  },
};
