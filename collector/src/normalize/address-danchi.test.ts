import { describe, expect, it } from "vitest";
import { normalizeAddress } from "./address.js";
import { isStrongLink } from "./address-link.js";

// Hard negatives for 団地 号棟: two doors that a careless normaliser joins. Issue 13: none of
// them may be linked strongly; a guessed part may only link weakly, through the household.
// It keeps the 棟 of a 団地 in the unit key, so room 302 of 5号棟 and of 6号棟 are two doors.
describe("団地 号棟", () => {
  it.each([
    ["東京都千代田区霞が関1-3-1 5号棟302号室", "東京都千代田区霞が関1-3-1 302号室"],
    ["東京都千代田区霞が関1-3-1 A棟101", "東京都千代田区霞が関1-3-1 B棟101"],
    ["東京都千代田区霞が関1-3-1 5号棟", "東京都千代田区霞が関1-3-1 6号棟"],
    ["東京都町田市本町田2400 本町田団地5号棟302", "東京都町田市本町田2400 本町田団地6号棟302"],
    ["東京都町田市本町田2400 5-302", "東京都町田市本町田2400 6-302"],
    ["東京都町田市本町田2400 5号棟 302号室", "東京都町田市本町田2400 15号棟 302号室"],
    ["東京都町田市本町田2400 第2住宅 3号棟 101", "東京都町田市本町田2400 第2住宅 4号棟 101"],
    ["東京都町田市本町田2400 10棟101", "東京都町田市本町田2400 11棟101"],
    ["東京都町田市本町田2400 1号館101", "東京都町田市本町田2400 2号館101"],
    ["埼玉県さいたま市緑区三室1234 コーポ山田101", "埼玉県さいたま市緑区三室1234 ハイツ山田101"],
  ])("never links %s and %s strongly", (a, b) => {
    expect(isStrongLink(normalizeAddress(a), normalizeAddress(b))).toBe(false);
  });

  it.each([
    ["東京都千代田区霞が関1-3-1 5号棟302号室", "東京都千代田区霞が関1-3-1 5号棟 302"],
    ["東京都町田市本町田2400 A棟101", "東京都町田市本町田2400 A棟 101号室"],
  ])("links %s and %s, one door written two ways", (a, b) => {
    expect(isStrongLink(normalizeAddress(a), normalizeAddress(b))).toBe(true);
  });
});
