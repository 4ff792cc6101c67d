import { datacenterIp } from "./datacenter-ip.js";
import { checkRule, deviceRow, factsOf } from "./fixtures.js";

const plain = factsOf();
const dc = { ...plain.settings, datacenterRanges: ["198.51.100.0/24", "2001:db8::/32"] };

checkRule(datacenterIp, [
  ["an order from a range the site listed", factsOf({ ip: "198.51.100.20" }, { settings: dc }), "datacenter_ip"],
  [
    "a device on a listed IPv6 range",
    factsOf({}, { settings: dc, device: { ...deviceRow(), ip: "2001:db8::5" } }),
    "datacenter_ip",
  ],
  ["a home IP", factsOf({ ip: "203.0.113.5" }, { settings: dc }), null],
  [
    "an order from a shipped hosting network, on a site with no list of its own",
    factsOf({ ip: "13.112.40.7" }, { hostingNetwork: "13.112.0.0/14" }),
    "datacenter_ip",
  ],
  ["an order with no IP at all", factsOf({}, { hostingNetwork: null }), null],
  ["a home IP on a site with no list", factsOf({ ip: "198.51.100.20" }), null],
]);
