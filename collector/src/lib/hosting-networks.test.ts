import { describe, expect, it } from "vitest";
import { hostingNetworkOf } from "./hosting-networks.js";

// Addresses checked against the providers' own published ranges and the ASN they are announced by.
describe("the shipped hosting networks", () => {
  it.each([
    ["AWS Tokyo (ap-northeast-1)", "13.112.40.7"],
    ["AWS Tokyo", "54.250.10.10"],
    ["Vultr (AS20473)", "45.76.100.1"],
    ["SAKURA Internet (AS9370)", "160.16.55.55"],
    ["IDC Frontier (AS4694)", "164.46.1.1"],
    // Japan's rental servers and VPS that X4BNet's ASN list leaves out (data/hosting-asns.txt).
    ["SAKURA Internet's VPS (AS9371)", "133.167.140.30"],
    ["SAKURA Internet (AS9371)", "49.212.33.1"],
    ["Xserver (AS131965)", "85.131.200.1"],
    ["KDDI Web Communications (AS9597)", "27.34.130.1"],
    ["KAGOYA JAPAN (AS24282)", "103.3.49.1"],
    ["Xserver over IPv6", "2400:b1a0::1"],
    ["Google Cloud (AS396982)", "34.84.1.1"],
    ["AWS over IPv6", "2406:da14::1"],
  ])("lists %s", (_, ip) => {
    expect(hostingNetworkOf(ip)).not.toBeNull();
  });

  it.each([
    ["SoftBank broadband", "126.77.12.9"],
    ["NTT docomo mobile", "49.98.10.10"],
    ["KDDI au mobile", "106.130.5.5"],
    ["iCloud Private Relay egress (on Akamai)", "172.224.226.1"],
    ["no address", null],
    ["not an address", "example.com"],
  ])("leaves %s out", (_, ip) => {
    expect(hostingNetworkOf(ip)).toBeNull();
  });
});
