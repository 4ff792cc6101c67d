import { describe, expect, it } from "vitest";
import { foldAddressText, parseBlock, placeKey } from "./address-fold.js";

describe("foldAddressText", () => {
  it.each([
    ["folds full-width digits and dashes", "霞が関１－３－１", "霞が関1-3-1"],
    ["folds the long vowel mark between digits", "霞が関１ー３ー１", "霞が関1-3-1"],
    ["folds U+2010, U+2212 and U+2015 dashes", "1‐3−1―2", "1-3-1-2"],
    ["folds kanji numerals with their units", "一丁目十二番二十三号", "1丁目12番23号"],
    ["folds の and ノ between numbers", "1の2ノ3", "1-2-3"],
    ["folds 之 and 丿 (typed for ノ) between kanji numbers", "壱丿三 壱之三", "1-3 1-3"],
    ["folds 霞ヶ関 and 霞ケ関 to 霞が関", "霞ヶ関 霞ケ関", "霞が関 霞が関"],
    ["folds 虎之門 and 虎ノ門 to 虎の門", "虎之門 虎ノ門", "虎の門 虎の門"],
    ["folds itaiji in place names", "長﨑県髙輪", "長崎県高輪"],
    ["folds the ideographic space and half-width kana", "ＡＢＣ　ﾏﾝｼｮﾝ", "ABC マンション"],
    ["keeps katakana words intact", "グランフロント", "グランフロント"],
  ])("%s", (_label, input, expected) => {
    expect(foldAddressText(input)).toBe(expected);
  });

  it("compares place names without spaces", () => {
    expect(placeKey("千代田 区")).toBe("千代田区");
  });
});

describe("parseBlock", () => {
  it.each([
    ["1-2-3", "1-2-3", ""],
    ["1丁目2番3号", "1-2-3", ""],
    ["1丁目2-3", "1-2-3", ""],
    ["1丁目2番地の3", "1-2-3", ""],
    ["1丁目 2番 3号", "1-2-3", ""],
    ["2-22", "2-22", ""],
    ["1234番地", "1234", ""],
    ["1-3-1-101", "1-3-1", "-101"],
    ["1-3-1 101号室", "1-3-1", "101号室"],
    ["3-1 ABCマンション101", "3-1", "ABCマンション101"],
    ["1-2-3号 グランフロント101号室", "1-2-3", "グランフロント101号室"],
    ["2-3-A棟", "2-3", "-A棟"],
    ["1-5-301C", "1-5", "301C"],
    ["A-5", "A-5", ""],
    ["2-8-1ABCビル", "2-8-1", "ABCビル"],
    ["ABCビル", "", "ABCビル"],
  ])("reads %s as block %s and rest %s", (input, block, rest) => {
    expect(parseBlock(input)).toEqual({ block, rest });
  });
});
