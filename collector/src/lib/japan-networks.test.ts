import { describe, expect, it } from "vitest";
import { isJapaneseNetwork } from "./japan-networks.js";

// Each address's network checked against the ASN that announces it (RouteViews, via @ip-location-db/asn).
describe("the shipped networks registered to Japan", () => {
  it.each([
    ["SoftBank broadband (AS17676)", "126.77.12.9"],
    ["NTT docomo mobile (AS9605)", "49.98.10.10"],
    ["KDDI au mobile (AS2516)", "106.130.5.5"],
    ["SAKURA Internet (AS9370)", "160.16.55.55"],
    ["NTT Communications (OCN) over IPv6 (AS4713)", "2400:4050:1234::1"],
    ["an IPv4-mapped IPv6 address of SoftBank", "::ffff:126.77.12.9"],
  ])("holds %s", (_, ip) => {
    expect(isJapaneseNetwork(ip)).toBe(true);
  });

  it.each([
    ["Google's public DNS (AS15169, US)", "8.8.8.8"],
    ["China Telecom Shanghai (AS4812)", "58.32.0.1"],
    ["Korea Telecom (AS4766)", "121.128.0.1"],
    ["AWS Tokyo (AS16509), registered to Amazon in the US", "13.112.40.7"],
  ])("does not hold %s", (_, ip) => {
    expect(isJapaneseNetwork(ip)).toBe(false);
  });

  it.each([
    ["no address", null],
    ["not an address", "example.com"],
  ])("cannot say for %s", (_, ip) => {
    expect(isJapaneseNetwork(ip)).toBeNull();
  });
});
