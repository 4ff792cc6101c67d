import { describe, expect, it } from "vitest";
import { holderMatchesName, romajiKey } from "./romaji.js";

describe("romajiKey", () => {
  it.each([
    ["OHTA", "ota"],
    ["OOTA", "ota"],
    ["OTA", "ota"],
    ["ŌTA", "ota"],
    ["オオタ", "ota"],
    ["HOMMA", "honma"],
    ["HONMA", "honma"],
    ["ホンマ", "honma"],
    ["SIN'ITI", "shinichi"],
    ["シンイチ", "shinichi"],
    ["TUTOMU TUTUI", "tsutomu tsutsui"],
    ["HUZII", "fuji"],
    ["SYOUHEI", "shohei"],
    ["TAROU", "taro"],
    ["TAROH", "taro"],
    ["OHASHI", "ohashi"],
    ["ヤマダ タロウ", "yamada taro"],
    ["ﾔﾏﾀﾞ ﾀﾛｰ", "yamada taro"],
    ["やまだ　たろう", "yamada taro"],
    ["KEIKO", "keiko"],
    ["SHUNSUKE", "shunsuke"],
  ])("keys %s as %s", (input, expected) => {
    expect(romajiKey(input)).toBe(expected);
  });
});

describe("holderMatchesName", () => {
  it.each([
    ["TARO YAMADA", "ヤマダ タロウ", "match"],
    ["YAMADA TAROU", "ヤマダ タロウ", "match"],
    ["TARO YAMADA", "ヤマダタロウ", "match"],
    ["TARŌ YAMADA", "やまだ たろう", "match"],
    ["HANAKO OHTA", "オオタ ハナコ", "match"],
    ["HANAKO OTA", "オオタ ハナコ", "match"],
    ["HANAKO OOTA", "オオタ ハナコ", "match"],
    ["HANAKO OHASHI", "オオハシ ハナコ", "match"],
    ["JUNICHI HOMMA", "ホンマ ジュンイチ", "match"],
    ["JUNICHI HONMA", "ホンマ ジュンイチ", "match"],
    ["SIN'ITI SATOU", "サトウ シンイチ", "match"],
    ["KENTA NAMBA", "ナンバ ケンタ", "match"],
    ["YUUKI HUZII", "フジイ ユウキ", "match"],
    ["KYOUKO ITOU", "イトウ キョウコ", "match"],
    ["TARO A YAMADA", "ヤマダ タロウ", "match"],
    ["SHINICHI SAITO", "サトウ シンイチ", "mismatch"],
    ["HANAKO SUZUKI", "ヤマダ タロウ", "mismatch"],
    ["HANAKO YAMADA", "ヤマダ タロウ", "relative"],
    ["MASAKI TAKAHASHI", "ﾀｶﾊｼ ｿｳﾀ", "relative"],
    ["HANAKO YAMADA", "ヤマダタロウ", "relative"],
    ["TAROU YAMADA", "タロウ ヤマダ", "match"],
    ["YAMADA HANAKO", "タロウ ヤマダ", "mismatch"],
    ["WANG WEI", "ワン ウェイ", "match"],
    ["LI NA", "リ ナ", "match"],
    ["", "ヤマダ タロウ", "unknown"],
    ["TARO YAMADA", null, "unknown"],
  ])("compares %s with %s: %s", (holder, kana, expected) => {
    expect(holderMatchesName(holder, kana)).toBe(expected);
  });

  it("compares with a Latin-script billing name when there is no kana", () => {
    expect(holderMatchesName("TARO YAMADA", null, "Yamada Taro")).toBe("match");
  });

  it.each([
    ["MARIA SANTOS", "マリア サントス", "MARIA SANTOS", "match"],
    ["NGUYEN VAN AN", "グエン バン アン", "NGUYEN VAN AN", "match"],
    ["MINJUN KIM", "キム ミンジュン", "KIM MINJUN", "match"],
    ["JOSE SANTOS", "マリア サントス", "MARIA SANTOS", "relative"],
    ["HINATA YAMAMOTO", "ジョン スミス", "JOHN SMITH", "mismatch"],
  ])("reads the Latin name %s before its katakana %s (%s): %s", (holder, kana, name, expected) => {
    expect(holderMatchesName(holder, kana, name)).toBe(expected);
  });

  it.each([
    ["TARO YAMADA", "山田 太郎", "match"],
    ["ICHIRO TAKAHASHI", "髙橋一郎", "match"],
    ["YUKO SAITO", "齋藤 優子", "match"],
    ["MASARU YAMADA", "山田 健", "unknown"],
    ["HANAKO SUZUKI", "山田 太郎", "mismatch"],
    ["AOI TESHIGAWARA", "勅使河原 蒼", "unknown"],
  ])("compares %s with the kanji-only name %s: %s", (holder, name, expected) => {
    expect(holderMatchesName(holder, null, name)).toBe(expected);
  });
});
