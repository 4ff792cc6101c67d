import { describe, expect, it } from "vitest";
import { codesOf, deviceFacts, HONEST_UA, honestSignals } from "../../testing/device-facts.js";
import { greaseBrand, judgeClientHintBrands, parseSecChUa } from "./client-hint-brands.js";

const ua = honestSignals.userAgent as {
  userAgent: string;
  platform: string;
  clientHints: { brands: { brand: string; version: string }[]; mobile: boolean; platform: string };
};
const withBrands = (
  brands: { brand: string; version: string }[],
  fullVersionList?: { brand: string; version: string }[],
) => deviceFacts({ userAgent: { ...ua, clientHints: { ...ua.clientHints, brands, fullVersionList } } });

describe("client-hint brands", () => {
  it.each([
    // Seen in real browsers of these majors (the adversary benchmark's Chromium, fingerprint-generator's data).
    [156, "Not:A-Brand", "8"],
    [147, "Not.A/Brand", "8"],
    [148, "Not/A)Brand", "99"],
  ])("builds Chromium %i's placeholder brand as %s %s", (major, brand, version) => {
    expect(greaseBrand(major)).toEqual({ brand, version });
  });

  it("reads the Sec-CH-UA header's pairs", () => {
    expect(parseSecChUa('"Not:A-Brand";v="8", "Chromium";v="156"')).toEqual(["Not:A-Brand;8", "Chromium;156"]);
  });

  it("finds nothing in an honest Chromium", () => {
    expect(codesOf(judgeClientHintBrands, deviceFacts())).toEqual([]);
  });

  it("flags stealth's old-Chrome placeholder on Chromium 156", () => {
    const brands = [
      { brand: " Not A;Brand", version: "99" },
      { brand: "Chromium", version: "156" },
    ];
    expect(codesOf(judgeClientHintBrands, withBrands(brands))).toContain("client_hints_grease_mismatch");
  });

  it("flags a full version list that names another browser than the brands", () => {
    const brands = [...(ua.clientHints.brands ?? []), { brand: "Google Chrome", version: "156" }];
    const full = [
      { brand: "Not:A-Brand", version: "8.0.0.0" },
      { brand: "Chromium", version: "156.0.8078.114" },
    ];
    expect(codesOf(judgeClientHintBrands, withBrands(brands, full))).toEqual([
      "client_hints_version_list_mismatch",
      "client_hints_header_mismatch",
    ]);
  });

  it("flags a page whose brands are not the header's", () => {
    const facts = deviceFacts({}, { "sec-ch-ua": '"Not/A)Brand";v="99", "Chromium";v="148"' });
    expect(codesOf(judgeClientHintBrands, facts)).toEqual(["client_hints_header_mismatch"]);
  });

  it("flags a user agent of another major version than userAgentData", () => {
    const facts = deviceFacts({ userAgent: { ...ua, userAgent: HONEST_UA.replace("156", "147") } });
    expect(codesOf(judgeClientHintBrands, facts)).toEqual(["user_agent_version_mismatch"]);
  });

  it("judges nothing without userAgentData (Safari, Firefox)", () => {
    expect(
      codesOf(judgeClientHintBrands, deviceFacts({ userAgent: { userAgent: "Mozilla/5.0 (Macintosh)" } })),
    ).toEqual([]);
  });
});
