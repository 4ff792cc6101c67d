import { describe, expect, it } from "vitest";
import { listCities, listPrefectures, listTowns, lookupPostalCode, parsePostalCode } from "./postal.js";

describe("parsePostalCode", () => {
  it.each([
    ["〒100-0013", "1000013"],
    ["１００－００１３", "1000013"],
    ["1000013", "1000013"],
    ["〒 530 0001", "5300001"],
    ["100-001", null],
    ["", null],
    [null, null],
  ])("reads %s as %s", (input, expected) => {
    expect(parsePostalCode(input)).toBe(expected);
  });
});

describe("postal data", () => {
  it("finds 霞が関 for 100-0013", () => {
    expect(lookupPostalCode("1000013")).toEqual([
      {
        postalCode: "1000013",
        prefecture: "東京都",
        prefectureCode: "13",
        city: "千代田区",
        cityCode: "13101",
        town: "霞が関",
      },
    ]);
  });

  it("knows Hamamatsu's 2024 ward 中央区", () => {
    expect(lookupPostalCode("4300929")[0]?.city).toBe("浜松市中央区");
  });

  it("returns nothing for a business code that the area data does not list", () => {
    expect(lookupPostalCode("1008929")).toEqual([]);
  });

  it("lists 47 prefectures and the county form of 倶知安町", () => {
    expect(listPrefectures()).toHaveLength(47);
    expect(listCities().some((c) => c.name === "虻田郡倶知安町")).toBe(true);
  });

  it("lists the towns of 千代田区", () => {
    expect(listTowns("13101")).toEqual(expect.arrayContaining(["霞が関", "千代田", "一番町"]));
  });
});
