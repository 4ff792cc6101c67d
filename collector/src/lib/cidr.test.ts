import { describe, expect, it } from "vitest";
import { cidrContains, parseCidr } from "./cidr.js";

describe("CIDR ranges", () => {
  it.each([
    ["203.0.113.0/24", "203.0.113.77", true],
    ["203.0.113.0/24", "203.0.114.1", false],
    ["10.0.0.0/8", "10.255.255.255", true],
    ["198.51.100.7", "198.51.100.7", true],
    ["2001:db8::/32", "2001:db8:1234::1", true],
    ["2001:db8::/32", "2001:db9::1", false],
    ["2001:db8::/32", "203.0.113.1", false],
    ["203.0.113.0/24", "::ffff:203.0.113.9", true],
    ["::ffff:0:0/96", "::ffff:192.0.2.1", true],
  ])("%s contains %s: %s", (range, ip, expected) => {
    const cidr = parseCidr(range);
    expect(cidr).not.toBeNull();
    expect(cidr && cidrContains(cidr, ip)).toBe(expected);
  });

  it.each(["203.0.113.0/33", "not-an-ip/8", "2001:db8::/129", ""])("refuses %s", (range) => {
    expect(parseCidr(range)).toBeNull();
  });
});
