import { describe, expect, it } from "vitest";
import { kanjiNumeralToDigits, replaceKanjiNumerals } from "./kanji-numeral.js";

describe("kanjiNumeralToDigits", () => {
  it.each([
    ["一", "1"],
    ["十", "10"],
    ["十二", "12"],
    ["二十三", "23"],
    ["百二十三", "123"],
    ["千二百", "1200"],
    ["二〇一", "201"],
    ["〇九〇", "090"],
    ["壱", "1"],
    ["弐拾", "20"],
  ])("reads %s as %s", (run, expected) => {
    expect(kanjiNumeralToDigits(run)).toBe(expected);
  });
});

describe("replaceKanjiNumerals", () => {
  it.each([
    ["一丁目二番三号", "1丁目2番3号"],
    ["十二番二十三号", "12番23号"],
    ["北一条西二丁目", "北1条西2丁目"],
    ["ABCマンション二〇一号室", "ABCマンション201号室"],
    ["千代田区三田八丁堀", "千代田区三田八丁堀"],
    ["一番町十二", "1番町12"],
  ])("rewrites %s as %s", (text, expected) => {
    expect(replaceKanjiNumerals(text)).toBe(expected);
  });
});
