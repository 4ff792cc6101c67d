import { describe, expect, it } from "vitest";
import { ipRangeSet } from "./ip-range-set.js";

describe("a set of IP ranges", () => {
  const set = ipRangeSet(["10.0.0.0/8", "10.5.0.0/16", "192.0.2.0/24", "198.51.100.7", "2001:db8::/32", "junk", ""]);

  it("answers the listed range that holds an address", () => {
    expect(set.find("192.0.2.200")).toBe("192.0.2.0/24");
    expect(set.find("198.51.100.7")).toBe("198.51.100.7");
    expect(set.find("2001:db8:ffff::1")).toBe("2001:db8::/32");
  });

  it("answers the outer range when a smaller one sits inside it", () => {
    // Searching by start alone would land on 10.5.0.0/16 and miss 10.9.x.x.
    expect(set.find("10.9.0.1")).toBe("10.0.0.0/8");
    expect(set.find("10.5.3.3")).toBe("10.0.0.0/8");
  });

  it("answers null for addresses outside, of the other family, or not addresses", () => {
    expect(set.find("192.0.3.1")).toBeNull();
    expect(set.find("198.51.100.8")).toBeNull();
    expect(set.find("2001:db9::1")).toBeNull();
    expect(set.find("not an ip")).toBeNull();
    expect(set.find("")).toBeNull();
  });

  it("reads an IPv4 peer seen on a dual-stack socket as IPv4", () => {
    expect(set.find("::ffff:192.0.2.9")).toBe("192.0.2.0/24");
  });

  it("skips what is not a range and counts the ranges it keeps", () => {
    expect(set.size).toBe(4);
  });

  it("agrees with a walk of the list on random addresses", () => {
    const ranges = Array.from({ length: 300 }, (_, i) => `${(i * 37) % 223}.${(i * 11) % 256}.0.0/${12 + (i % 13)}`);
    const many = ipRangeSet(ranges);
    const inRange = (ip: string, r: string) => {
      const [net = "", bits = "32"] = r.split("/");
      const n = (s: string) => s.split(".").reduce((a, p) => a * 256 + Number(p), 0);
      const size = 2 ** (32 - Number(bits));
      return Math.floor(n(ip) / size) === Math.floor(n(net) / size);
    };
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let k = 0; k < 2000; k++) {
      const ip = [next() % 223, next() % 256, next() % 256, next() % 256].join(".");
      expect(many.find(ip) !== null).toBe(ranges.some((r) => inRange(ip, r)));
    }
  });
});
