import { describe, expect, it } from "vitest";
import { normalizeAddress } from "./address.js";
import { isStrongLink } from "./address-link.js";

// Hard negatives for building names on a shared lot: two doors that a careless normaliser joins. Issue 13: none of
// them may be linked strongly; a guessed part may only link weakly, through the household.
// It keys a building on a lot by its distinctive name, keeping コーポ山田 and ハイツ山田 apart.
describe("building names on a shared lot", () => {
  it.each([
    ["埼玉県さいたま市緑区三室1234-5 コーポ山田 101号室", "埼玉県さいたま市緑区三室1234-5 メゾン山田 101号室"],
    ["東京都世田谷区深沢4-1 サンハイツ 201", "東京都世田谷区深沢4-1 グランハイツ 201"],
    ["東京都世田谷区深沢4-1 さくら荘 201", "東京都世田谷区深沢4-1 ひまわり荘 201"],
    ["東京都世田谷区深沢4丁目1番 パークコート 301", "東京都世田谷区深沢4丁目1番 パークヒルズ 301"],
    ["埼玉県さいたま市緑区三室1234 グリーンハイツA 101", "埼玉県さいたま市緑区三室1234 グリーンハイツB 101"],
    ["埼玉県さいたま市緑区三室1234 ABCマンション 101", "埼玉県さいたま市緑区三室1234 XYZマンション 101"],
    ["北海道上川郡東神楽町14号北1番地", "北海道上川郡東神楽町15号北1番地"],
  ])("never links %s and %s strongly", (a, b) => {
    expect(isStrongLink(normalizeAddress(a), normalizeAddress(b))).toBe(false);
  });

  it.each([
    ["埼玉県さいたま市緑区三室1234 コーポ山田101", "埼玉県さいたま市緑区三室1234 コーポ山田 101号室"],
    ["埼玉県さいたま市緑区三室1234 ABCマンション 101", "埼玉県さいたま市緑区三室1234 ABC 101"],
  ])("links %s and %s, one door written two ways", (a, b) => {
    expect(isStrongLink(normalizeAddress(a), normalizeAddress(b))).toBe(true);
  });
});
