import { describe, expect, it } from "vitest";
import { normalizeAddress } from "./address.js";
import { isStrongLink } from "./address-link.js";

// Hard negatives for numbered towns: two doors that a careless normaliser joins. Issue 13: none of
// them may be linked strongly; a guessed part may only link weakly, through the household.
// It tells numbered towns apart (北1条西, 十二番丁, 三番町), also when written as a bare first number.
describe("numbered towns", () => {
  it.each([
    ["北海道札幌市中央区北1条西2丁目1", "北海道札幌市中央区北2条西2丁目1"],
    ["北海道札幌市中央区北1条西2丁目1", "北海道札幌市中央区南1条西2丁目1"],
    ["北海道札幌市中央区北十一条西二丁目一番地", "北海道札幌市中央区北十二条西二丁目一番地"],
    ["北海道札幌市中央区北1条西2丁目1", "北海道札幌市中央区北1条西3丁目1"],
    ["和歌山県和歌山市十二番丁45", "和歌山県和歌山市十三番丁45"],
    ["和歌山県和歌山市12-45", "和歌山県和歌山市13-45"],
    ["和歌山県和歌山市十二番丁45", "和歌山県和歌山市十二番丁46"],
    ["和歌山県和歌山市七番丁19", "和歌山県和歌山市八番丁19"],
    ["富山県富山市三番町1-23", "富山県富山市四番町1-23"],
    ["北海道札幌市中央区北21条西2丁目1", "北海道札幌市中央区北22条西2丁目1"],
    ["北海道札幌市中央区南21条西10丁目1-1", "北海道札幌市中央区南22条西10丁目1-1"],
    ["岩手花巻市12丁目704", "岩手花巻市13丁目704"],
  ])("never links %s and %s strongly", (a, b) => {
    expect(isStrongLink(normalizeAddress(a), normalizeAddress(b))).toBe(false);
  });

  it.each([
    ["和歌山県和歌山市12-45", "和歌山県和歌山市十二番丁45"],
    ["富山県富山市3-1-23", "富山県富山市三番町1番23号"],
    ["北海道札幌市中央区北一条西二丁目一番地", "北海道札幌市中央区北1条西2丁目1"],
  ])("links %s and %s, one door written two ways", (a, b) => {
    expect(isStrongLink(normalizeAddress(a), normalizeAddress(b))).toBe(true);
  });
});
