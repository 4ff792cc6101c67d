import { describe, expect, it } from "vitest";
import { getNameReadings, nameKey, splitName } from "./name.js";

describe("nameKey", () => {
  it.each([
    [["髙橋 一郎", "高橋　一郎", "高橋一郎"], "高橋一郎"],
    // 齋 is a form of 斎 and 齊 of 斉 in the MJ map; 斉 and 斎 are joined by hand, one surname in use.
    [["齋藤 優子", "齊藤優子", "斉藤 優子", "斎藤優子"], "斎藤優子"],
    [["𠮷田 茂", "吉田 茂"], "吉田茂"],
    [["濵田 直樹", "濱田 直樹", "浜田直樹"], "浜田直樹"],
    [["渡邉󠄂 健", "渡辺 健"], "渡辺健"],
    [["渡邊 健", "渡邉健", "渡辺 健"], "渡辺健"],
    [["山﨑 花子", "山崎花子"], "山崎花子"],
    [["澤田 翔", "沢田 翔"], "沢田翔"],
    [["ヤマダ　タロウ", "ﾔﾏﾀﾞ ﾀﾛｳ"], "ヤマダタロウ"],
  ])("folds %j to %s", (names, expected) => {
    for (const name of names) expect(nameKey(name)).toBe(expected);
  });
});

describe("splitName", () => {
  it.each([
    ["山田 太郎", ["山田", "太郎"]],
    ["山田　太郎", ["山田", "太郎"]],
    ["山田太郎", null],
    ["Taro A Yamada", null],
  ])("splits %s into %j", (name, expected) => {
    expect(splitName(name)).toEqual(expected);
  });
});

describe("getNameReadings", () => {
  it("reads 山田 太郎 from the table", () => {
    expect(getNameReadings("山田 太郎").full).toContain("やまだ たろう");
  });

  it("finds the split of a name written without a space", () => {
    expect(getNameReadings("髙橋一郎").full).toEqual(["たかはし いちろう", "たかばし いちろう"]);
  });

  it("gives the surname alone when the given name is not in the table", () => {
    expect(getNameReadings("佐藤 勅使")).toEqual({ full: [], surname: ["さとう"] });
  });

  it("gives nothing for a name outside the table", () => {
    expect(getNameReadings("勅使河原 蒼生")).toEqual({ full: [], surname: [] });
  });
});
