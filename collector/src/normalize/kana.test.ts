import { describe, expect, it } from "vitest";
import { isKanaOnly, kanaKey, looseKanaKey } from "./kana.js";

describe("kanaKey", () => {
  it.each([
    ["ヤマダ タロウ", "ヤマダタロウ"],
    ["ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダタロウ"],
    ["やまだ　たろう", "ヤマダタロウ"],
    ["サトウ・ハナコ", "サトウハナコ"],
    ["ゐのうえ", "イノウエ"],
    ["キョウコ", "キョウコ"],
  ])("folds %s to %s", (input, expected) => {
    expect(kanaKey(input)).toBe(expected);
  });
});

describe("looseKanaKey", () => {
  it.each([
    ["merges ウ, ー and nothing after an o-row kana", ["タロウ", "タロー", "たろ", "ﾀﾛｰ"], "タロ"],
    ["merges オオ and オ", ["オオタ", "オータ", "オタ"], "オタ"],
    ["merges ユウ and ユー", ["ユウキ", "ユーキ"], "ユキ"],
    ["reads the vowel of a small ョ before folding it", ["キョウコ", "キョーコ"], "キヨコ"],
    ["keeps エイ apart from エ", ["ケイコ"], "ケイコ"],
    ["merges ヴ with ブ", ["ヴィオラ", "ブィオラ"], "ブイオラ"],
    ["drops ー after an e-row kana", ["メーコ"], "メコ"],
    ["keeps イ after an i-row kana, as in ハシ+イチロウ", ["タカハシイチロウ"], "タカハシイチロ"],
  ])("%s", (_label, inputs, expected) => {
    for (const input of inputs) expect(looseKanaKey(input)).toBe(expected);
  });
});

describe("isKanaOnly", () => {
  it.each([
    ["ヤマダ タロウ", true],
    ["ﾔﾏﾀﾞ", true],
    ["やまだ たろー", true],
    ["山田 太郎", false],
    ["TARO", false],
    ["", false],
  ])("says %s is kana only: %s", (input, expected) => {
    expect(isKanaOnly(input)).toBe(expected);
  });
});
