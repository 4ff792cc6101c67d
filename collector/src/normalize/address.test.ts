import { describe, expect, it } from "vitest";
import { normalizeAddress } from "./address.js";

const KASUMIGASEKI = "東京都|千代田区|霞が関|1-3-1";

describe("normalizeAddress household keys", () => {
  it.each([
    "東京都千代田区霞が関1-3-1",
    "東京都千代田区霞が関1丁目3番1号",
    "東京都千代田区霞ヶ関１－３－１",
    "東京都千代田区霞が関一丁目三番一号",
    "東京都千代田区霞が関1丁目3-1",
    "東京都千代田区霞が関一丁目三番地一",
    "東京都千代田区霞が関１ー３ー１",
    "東京都千代田区霞が関1‐3‐1",
    "東京都千代田区霞が関1−3−1",
    "東京都千代田区霞が関1の3の1",
    "東京都千代田区霞が関1ノ3ノ1",
    "東京都千代田区霞が関1丁目 3番 1号",
    "千代田区霞ケ関1丁目3-1",
    "〒100-0013 霞が関1-3-1",
    "東京都　千代田区　霞が関１丁目３－１　ＡＢＣマンション１０１",
    "東京都千代田区霞が関1-3-1 101号室",
    "東京都千代田区霞が関1-3-1#101",
    "東京都千代田区霞が関1-3-1-101",
    "東京都千代田区霞が関1-3-1 ABCﾏﾝｼｮﾝ 101号",
  ])("folds %s to the 霞が関 1-3-1 household key", (address) => {
    expect(normalizeAddress(address).householdKey).toBe(KASUMIGASEKI);
  });

  it.each([
    ["東京都港区髙輪3丁目1-1", "東京都|港区|高輪|3-1-1"],
    ["長﨑県長﨑市桜町2-22", "長崎県|長崎市|桜町|2-22"],
    ["廣島県廣島市中区基町10-52", "広島県|広島市中区|基町|10-52"],
    ["東京都港区虎之門一丁目1番1号", "東京都|港区|虎の門|1-1-1"],
    ["東京都港区虎の門1-1-1", "東京都|港区|虎の門|1-1-1"],
    ["北海道札幌市中央区北1条西2丁目1", "北海道|札幌市中央区|北1条西|2-1"],
    ["札幌市中央区北一条西二丁目一番地", "北海道|札幌市中央区|北1条西|2-1"],
    ["京都府京都市中京区寺町通御池上る上本能寺前町488", "京都府|京都市中京区|上本能寺前町|488"],
    ["北海道倶知安町北1条東1丁目", "北海道|虻田郡倶知安町|北1条東|1"],
    ["大阪市北区梅田３丁目１番１号", "大阪府|大阪市北区|梅田|3-1-1"],
    ["静岡県浜松市中区元城町103-2", "静岡県|浜松市中央区|元城町|103-2"],
    ["静岡県浜松市中央区元城町103-2", "静岡県|浜松市中央区|元城町|103-2"],
    ["府中市宮西町2-24", "東京都|府中市|宮西町|2-24"],
    ["東京都千代田区一番町10-2", "東京都|千代田区|1番丁|10-2"],
  ])("folds %s to %s", (address, key) => {
    expect(normalizeAddress(address).householdKey).toBe(key);
  });

  it("recovers the city from a town that only one city has, and guesses nothing when several do", () => {
    expect(normalizeAddress("霞が関1-3-1")).toMatchObject({
      householdKey: KASUMIGASEKI,
      confidence: { prefecture: "inferred", city: "inferred", town: "written" },
    });
    expect(normalizeAddress("本町1-2-3")).toMatchObject({ city: null, level: 0 });
  });

  it("drops 大字 and keeps a 小字 before the lot number, with or without 字", () => {
    expect(normalizeAddress("埼玉県さいたま市緑区大字三室字宮下1234番地")).toMatchObject({
      town: "三室",
      koaza: "宮下",
      householdKey: "埼玉県|さいたま市緑区|三室宮下|1234",
    });
    expect(normalizeAddress("埼玉県さいたま市緑区三室宮下1234").householdKey).toBe(
      "埼玉県|さいたま市緑区|三室宮下|1234",
    );
  });
});

describe("normalizeAddress units", () => {
  it.each([
    ["大阪府大阪市北区梅田１丁目２番３号 グランフロント101号室", "グランフロント", null, "101"],
    ["東京都千代田区霞が関3-2-1 霞が関ビル12F", "霞が関ビル", "12", null],
    ["東京都千代田区霞が関1-3-1-1202", null, null, "1202"],
  ])("splits the unit of %s", (address, building, floor, room) => {
    expect(normalizeAddress(address)).toMatchObject({ building, floor, room });
  });

  it("gives 101 and 102 in one building the same household but different units", () => {
    const a = normalizeAddress("東京都千代田区千代田1-1 サンプルハイツ101号室");
    const b = normalizeAddress("東京都千代田区千代田１丁目１番 サンプルハイツ102");
    expect(a.householdKey).toBe(b.householdKey);
    expect(a.unitKey).not.toBe(b.unitKey);
  });

  it("reads the building from a separate second line", () => {
    const result = normalizeAddress({ address: "東京都千代田区千代田1-1", building: "ＡＢＣマンション　２０１" });
    // A two-number block may be a lot shared by several buildings, so the building's name is in the key.
    expect(result).toMatchObject({
      building: "ABCマンション",
      room: "201",
      unitKey: "東京都|千代田区|千代田|1-1|ABC:201",
    });
  });
});

describe("normalizeAddress postal code", () => {
  it.each([
    ["5300001", "大阪府大阪市北区梅田１丁目２番３号", "match", null],
    ["100-0013", "大阪府大阪市北区梅田1-2-3", "mismatch", "prefecture"],
    ["100-0013", "東京都港区虎ノ門1-1-1", "mismatch", "city"],
    ["100-0013", "東京都千代田区千代田1-1", "mismatch", "town"],
    ["604-0000", "京都府京都市中京区寺町通御池上る上本能寺前町488", "match", null],
    [null, "東京都千代田区千代田1-1", "unknown", null],
    ["100-8929", "東京都千代田区霞が関2-1-1", "unknown", null],
  ])("compares %s with %s", (postalCode, address, postalMatch, postalMismatch) => {
    expect(normalizeAddress({ postalCode, address })).toMatchObject({ postalMatch, postalMismatch });
  });

  it("fills the prefecture and city from the postal code", () => {
    expect(normalizeAddress({ postalCode: "１００－００１３", address: "霞が関1-3-1" })).toMatchObject({
      prefecture: "東京都",
      city: "千代田区",
      town: "霞が関",
      level: 3,
      filledFromPostal: ["prefecture", "city"],
    });
  });

  it("fills only the prefecture when the city is written", () => {
    expect(normalizeAddress({ postalCode: "5300001", address: "大阪市北区梅田1-2-3" })).toMatchObject({
      prefecture: "大阪府",
      filledFromPostal: [],
      postalMatch: "match",
    });
  });

  it("marks a well-formed code missing from the area data as unlisted (e.g. a business code)", () => {
    expect(normalizeAddress({ postalCode: "1008929", address: "東京都千代田区霞が関2-1-1" }).postalStatus).toBe(
      "unlisted",
    );
  });

  it("reads a town written with 字 before it", () => {
    expect(normalizeAddress("北海道虻田郡倶知安町字山田 ABCハウス")).toMatchObject({ town: "山田", level: 3 });
  });

  it("reports a level below 3 when the town is not in the postal data", () => {
    expect(normalizeAddress("東京都千代田区存在しない町1-2-3")).toMatchObject({ level: 2, town: "存在しない町" });
  });
});

describe("normalizeAddress forwarder hints", () => {
  it("keeps two customers of one forwarder's warehouse apart, and one customer's code together", () => {
    const a = normalizeAddress("千葉県市川市二俣新町3-23-15 二俣新町マンション508 TNK4236547");
    const b = normalizeAddress("千葉県市川市二俣新町3の23の15 二俣新町マンション508号 JPF731257");
    const again = normalizeAddress("市川市二俣新町3-23-15-508 tnk-4236547");
    expect(a.householdKey).toBe(b.householdKey);
    expect(a.unitKey).not.toBe(b.unitKey);
    expect(again.unitKey).toBe(a.unitKey);
  });

  it("flags a customer code without letting it pose as a room", () => {
    expect(normalizeAddress("大阪府大阪市西区本田4-1-7 LYF2266455")).toMatchObject({
      room: null,
      forwarderHints: ["customer_code"],
      householdKey: "大阪府|大阪市西区|本田|4-1-7",
    });
  });
});
