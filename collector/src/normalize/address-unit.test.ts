import { describe, expect, it } from "vitest";
import { parseUnit } from "./address-unit.js";

describe("parseUnit", () => {
  it.each([
    ["グランフロント101号室", "グランフロント", null, "101"],
    ["ABCマンション101", "ABCマンション", null, "101"],
    ["ABCマンション 101号", "ABCマンション", null, "101"],
    ["霞が関ビル12F", "霞が関ビル", "12", null],
    ["霞が関ビル12階 1203", "霞が関ビル", "12", "1203"],
    ["#101", null, null, "101"],
    ["-101", null, null, "101"],
    ["101号室", null, null, "101"],
    ["サンプルハイツ A-203", "サンプルハイツ", null, "A203"],
    ["サンプルハイツ B1F", "サンプルハイツ", "B1", null],
    ["コーポ山田 0102", "コーポ山田", null, "102"],
    ["ABCビル LYF2266455", "ABCビル", null, null],
    ["サンハイツA203", "サンハイツ", null, "A203"],
    ["ABCビルB203号室", "ABCビル", null, "B203"],
    ["メゾンII103号", "メゾンII", null, "103"],
    ["コーポIV102号室", "コーポIV", null, "102"],
    ["", null, null, null],
  ])("splits %s into building %s, floor %s, room %s", (rest, building, floor, room) => {
    expect(parseUnit(rest)).toMatchObject({ building, floor, room });
  });

  it.each([
    ["ABCマンション", "ABC"],
    ["ＡＢＣ　ﾏﾝｼｮﾝ", "ABC"],
    ["グランフロント大阪 タワーA", "グランフロント大阪A"],
    ["さくらハイツ", "サクラ"],
  ])("gives %s the loose building key %s", (rest, key) => {
    expect(parseUnit(rest).buildingKey).toBe(key);
  });
});
