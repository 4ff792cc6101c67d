import { describe, expect, it } from "vitest";
import { clientIpOf, type ProxyTrust } from "./client-ip.js";

const NONE: ProxyTrust = { hops: 0 };
const ONE: ProxyTrust = { hops: 1 };
const TWO: ProxyTrust = { hops: 2 };
const LAN: ProxyTrust = { proxies: ["10.0.0.0/8", "loopback"] };

describe("clientIpOf", () => {
  it.each([
    ["no proxy trusted: the peer, whatever the header says", NONE, "198.51.100.7", "203.0.113.9", "198.51.100.7"],
    ["one hop: the entry the proxy appended", ONE, "10.0.0.2", "203.0.113.9, 198.51.100.4", "198.51.100.4"],
    ["one hop and no header: the peer", ONE, "198.51.100.7", undefined, "198.51.100.7"],
    [
      "two hops: the entry the outer proxy appended",
      TWO,
      "10.0.0.2",
      "6.6.6.6, 198.51.100.4, 10.0.0.3",
      "198.51.100.4",
    ],
    [
      "trusted ranges: the first address from the right that is no proxy",
      LAN,
      "10.0.0.2",
      "6.6.6.6, 198.51.100.4, 10.1.1.1",
      "198.51.100.4",
    ],
    [
      "trusted ranges, an untrusted peer: the peer, the header being its own",
      LAN,
      "198.51.100.7",
      "6.6.6.6",
      "198.51.100.7",
    ],
    ["trusted ranges, an IPv4 peer on a dual-stack socket", LAN, "::ffff:10.0.0.2", "198.51.100.4", "198.51.100.4"],
    ["trusted loopback and IPv6", LAN, "::1", "2001:db8::1", "2001:db8::1"],
    ["no peer (in-process) and one hop", ONE, null, "198.51.100.4", "198.51.100.4"],
    ["no peer and trusted ranges: nothing can be believed", LAN, null, "198.51.100.4", null],
    ["an entry that is no address: unknown rather than garbage", ONE, "10.0.0.2", "<script>", null],
  ] as const)("%s", (_, trust, peer, header, expected) => {
    expect(clientIpOf(peer, header, trust)).toBe(expected);
  });
});
