import { describe, expect, it } from "vitest";
import { checkFurigana } from "./furigana.js";

describe("checkFurigana", () => {
  it.each([
    ["山田 太郎", "ヤマダ タロウ", "dictionary"],
    ["山田太郎", "ﾔﾏﾀﾞ ﾀﾛｳ", "dictionary"],
    ["山田太郎", "やまだたろー", "dictionary"],
    ["佐藤花子", "サトウハナコ", "dictionary"],
    ["髙橋一郎", "タカハシイチロウ", "dictionary"],
    ["渡邉 健", "ワタナベ ケン", "dictionary"],
    ["齋藤 優子", "サイトウ ユウコ", "dictionary"],
    ["田中陽翔", "タナカハルト", "dictionary"],
    ["伊藤結愛", "イトウユア", "dictionary"],
    ["東海林誠", "ショウジマコト", "dictionary"],
    ["佐々木健太", "ササキケンタ", "dictionary"],
    ["山田太郎", "タロウヤマダ", "dictionary"],
    ["山田 さくら", "ヤマダ サクラ", "dictionary"],
    ["太田 ハナコ", "オオタ ハナコ", "dictionary"],
  ])("finds %s read %s in the name table", (name, kana, expected) => {
    expect(checkFurigana(name, kana)).toBe(expected);
  });

  it.each([
    ["山崎 光男", "ヤマサキ ミツオ"],
    ["中島 美月", "ナカシマ ミツキ"],
    ["岩田 光男", "イワタ ミツオ"],
    ["石橋 優花", "イシバシ ユウカ"],
    ["大内 智子", "オオウチ トモコ"],
    ["野々村 真", "ノノムラ マコト"],
    ["堀 一輝", "ホリ イッキ"],
  ])("fits %s read %s character by character", (name, kana) => {
    expect(checkFurigana(name, kana)).toBe("per_character");
  });

  it.each([
    ["山田太郎", "スズキハナコ"],
    ["山田太郎", "ヤマダハナコ"],
    ["佐藤 花子", "タナカ イチロウ"],
    ["山田 陽翔", "スズキ ハルト"],
  ])("finds no fit for %s read %s", (name, kana) => {
    expect(checkFurigana(name, kana)).toBe("no_fit");
  });

  it.each([
    ["勅使河原 蒼", "テシガワラ アオイ", "a kanji outside the table"],
    ["山田 太郎", "YAMADA TARO", "a reading in romaji"],
    ["Taro Yamada", "ヤマダ タロウ", "a name in romaji"],
    ["山田 太郎", "", "an empty reading"],
    [null, "ヤマダ", "no name"],
  ])("cannot judge %s read %s (%s)", (name, kana, _why) => {
    expect(checkFurigana(name, kana)).toBe("unknown");
  });
});
