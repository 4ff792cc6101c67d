import { describe, expect, it } from "vitest";
import { isForeignName } from "./foreign-name.js";
import { getPersonKey, getSurnameKey } from "./identity.js";

const keys = (name: string, kana?: string) => ({
  personKey: getPersonKey(name, kana),
  surnameKey: getSurnameKey(name, kana),
});

describe("isForeignName", () => {
  it.each([
    ["NGUYEN VAN AN", undefined, true],
    ["MARIA SANTOS", "マリア サントス", true],
    ["Ｊｏｈｎ Ｓｍｉｔｈ", undefined, true],
    ["王 偉", "ワン ウェイ", true],
    ["李娜", "リ ナ", true],
    ["金 民俊", "キム ミンジュン", true],
    ["山田 太郎", "ヤマダ タロウ", false],
    ["金子 太郎", "カネコ タロウ", false],
    ["金子太郎", undefined, false],
    ["林 結衣", "ハヤシ ユイ", false],
    ["やまだ たろう", undefined, false],
  ])("tells whether %s (%s) is written as a foreign resident's name: %s", (name, kana, expected) => {
    expect(isForeignName(keys(name, kana))).toBe(expected);
  });

  it("cannot tell from the furigana alone", () => {
    expect(isForeignName(keys("", "スミス ジョン"))).toBe(false);
  });
});
