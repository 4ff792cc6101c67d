import { describe, expect, it } from "vitest";
import { getOrderIdentity, getReadingKeys, getSurnameKey } from "./identity.js";
import { plainOrder } from "./rules/fixtures.js";

const buyer = (name: string, nameKana?: string) =>
  getOrderIdentity({
    ...plainOrder,
    billing: { ...plainOrder.billing, name, ...(nameKana ? { nameKana } : { nameKana: "" }) },
  });

describe("the surname that tells a family from strangers", () => {
  it.each([
    ["山田 太郎", "ヤマダ タロウ", "山田"],
    ["JOHN SMITH", undefined, null],
    ["MARIA SANTOS", "マリア サントス", null],
    ["王 偉", "ワン ウェイ", null],
  ])("is %s (%s) → %s", (name, kana, expected) => {
    expect(buyer(name, kana).surnameKey).toBe(expected);
  });

  it("still knows a foreign-written buyer as one person", () => {
    expect(buyer("JOHN SMITH").personKey).toBe("JOHNSMITH");
  });

  it.each([
    ["さかもとみなと", undefined, "kana:サカモト"],
    ["", "サカモトミナト", "kana:サカモト"],
    ["", "サカモト ミナト", "kana:サカモト"],
  ])("divides kana written in one run at a known surname reading: %s %s", (name, kana, expected) => {
    expect(getSurnameKey(name || undefined, kana)).toBe(expected);
  });
});

describe("how the buyer's name is read", () => {
  it.each([
    ["鈴木 京子", "スズキ キョウコ", ["スズキキョウコ"]],
    ["すずき きょうこ", undefined, ["スズキキョウコ"]],
    ["ｽｽﾞｷ ｷｮｳｺ", undefined, ["スズキキョウコ"]],
    ["鈴木京子", undefined, ["スズキキョウコ"]],
    ["鈴木恭子", undefined, ["スズキキョウコ"]],
    ["山田 大樹", undefined, ["ヤマダダイキ", "ヤマダヒロキ", "ヤマタダイキ", "ヤマタヒロキ"]],
    ["鬼塚 玄斎", undefined, []],
    ["JOHN SMITH", undefined, []],
    ["", undefined, []],
  ])("reads %s (furigana %s) as %j", (name, kana, expected) => {
    expect(getReadingKeys(name || undefined, kana).sort()).toEqual([...expected].sort());
  });

  it("takes the furigana as written over the table's guesses", () => {
    expect(getReadingKeys("山田 大樹", "やまだ だいき")).toEqual(["ヤマダダイキ"]);
  });
});
