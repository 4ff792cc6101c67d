import { describe, expect, it } from "vitest";
import { truncateIp } from "./truncate-ip.js";

describe("an IP address cut to its network", () => {
  it.each([
    ["203.0.113.77", "203.0.113.0"],
    ["203.0.113.0", "203.0.113.0"],
    ["::ffff:198.51.100.9", "198.51.100.0"],
    ["2001:db8:abcd:12:1:2:3:4", "2001:db8:abcd::"],
    ["2400:4050:a::1", "2400:4050:a::"],
  ])("keeps %s as %s", (ip, network) => {
    expect(truncateIp(ip)).toBe(network);
  });

  it("is the same when cut twice, so a pass over stored addresses can run again", () => {
    for (const ip of ["192.0.2.200", "2001:db8:1:2:3::9"]) expect(truncateIp(truncateIp(ip))).toBe(truncateIp(ip));
  });

  it("leaves what is not an address as it is", () => {
    expect(truncateIp("unknown")).toBe("unknown");
  });
});
