import { createCache, memoize } from "../../lib/cache.js";
import { cidrContains, parseCidr } from "../../lib/cidr.js";
import { hit, type Rule } from "./rule.js";

// A site's list is read for every order and changes rarely: parse each range once.
const cidrOf = memoize(parseCidr, createCache<ReturnType<typeof parseCidr>>({ maxEntries: 100_000 }));

/**
 * Buyers shop from homes and phones; an order from a hosting provider's network (a cloud VM, a VPS
 * proxy, a VPN exit) hides where it comes from. The site's own ranges are its word; the shipped
 * list (facts.hostingNetwork) covers the big clouds and VPS hosts without the merchant doing anything.
 */
export const datacenterIp: Rule = {
  code: "datacenter_ip",
  evaluate: ({ order, device, settings, hostingNetwork }) => {
    const ip = order.ip ?? device?.ip;
    if (!ip) return null;
    const own = settings.datacenterRanges.find((r) => {
      const cidr = cidrOf(r);
      return cidr !== null && cidrContains(cidr, ip);
    });
    const range = own ?? hostingNetwork;
    return range
      ? hit(
          "datacenter_ip",
          20,
          `データセンター・クラウド・VPN 事業者の IP アドレスからの注文です (${range})`,
          `The order came from a datacenter, cloud or VPN provider's IP (${range})`,
        )
      : null;
  },
};
