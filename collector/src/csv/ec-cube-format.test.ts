import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv.js";
import { EC_CUBE_HEADER, ecCubeCsv, ecCubeRows, goods } from "./ec-cube-fixture.js";
import { ecCubeFormat, isEcCubeHeader } from "./ec-cube-format.js";

const readOrder = (text: string) => {
  const [header, ...rows] = parseCsv(text).records;
  const format = ecCubeFormat(header?.cells ?? []);
  if (!format) throw new Error("not read as EC-CUBE");
  return format.toOrder(rows);
};

describe("isEcCubeHeader", () => {
  it.each([
    ["the full default header", EC_CUBE_HEADER, true],
    ["a header with columns switched off", ["注文番号", "お名前(姓)", "住所1", "支払合計"], true],
    ["our own Japanese layout", ["注文番号", "メールアドレス", "住所", "合計"], false],
    ["our own English layout", ["orderId", "customer.email"], false],
  ])("reads %s as EC-CUBE: %s", (_name, header, expected) => {
    expect(isEcCubeHeader(header)).toBe(expected);
  });
});

describe("ecCubeFormat", () => {
  it("rebuilds one order from its line rows, with only 商品 lines as items and tax added", () => {
    const csv = ecCubeCsv(
      ecCubeRows("1001", { 支払合計: "13,090" }, [
        goods("ソファ", "SOFA-1", "10000.00"),
        goods("表札", "SIGN", "450.00", "2"),
      ]),
    );
    expect(readOrder(csv)).toEqual({
      ok: true,
      order: expect.objectContaining({
        orderId: "1001",
        createdAt: "2026-11-24T10:00:00+09:00",
        customer: { email: "taro@example.jp" },
        billing: {
          name: "山田 太郎",
          nameKana: "ヤマダ タロウ",
          postalCode: "1000001",
          address: "東京都千代田区千代田1-1",
          phone: "09012345678",
          email: "taro@example.jp",
        },
        payment: { method: "card" },
        items: [
          { sku: "SOFA-1", name: "ソファ", quantity: 1, unitPrice: 11000 },
          { sku: "SIGN", name: "表札", quantity: 2, unitPrice: 495 },
        ],
        amount: 13090,
        currency: "JPY",
      }),
    });
  });

  it("takes the delivery address from the 配送先 columns and the member id when there is one", () => {
    const csv = ecCubeCsv(
      ecCubeRows("1002", { 会員ID: "77", 支払合計: "1100" }, [
        {
          ...goods("本", "BOOK", "1000.00"),
          出荷ID: "5",
          "配送先_お名前(姓)": "佐藤",
          "配送先_お名前(名)": "花子",
          配送先_郵便番号: "5300001",
          "配送先_都道府県(名称)": "大阪府",
          配送先_住所1: "大阪市北区梅田",
          配送先_住所2: "1丁目2番3号 梅田ビル101",
          配送先_TEL: "0661234567",
        },
      ]),
    );
    const read = readOrder(csv);
    expect(read.ok && read.order.shipping).toEqual({
      name: "佐藤 花子",
      postalCode: "5300001",
      address: "大阪府大阪市北区梅田1丁目2番3号 梅田ビル101",
      phone: "0661234567",
    });
    expect(read.ok && read.order.customer?.id).toBe("77");
  });

  it.each([
    ["NP後払い", "deferred"],
    ["代金引換", "cod"],
    ["銀行振込", "bank"],
    ["クレジットカード", "card"],
  ])("maps the payment %s to %s", (name, method) => {
    const read = readOrder(ecCubeCsv(ecCubeRows("1", { "支払方法(名称)": name }, [goods("a", "A", "1.00")])));
    expect(read.ok && read.order.payment?.method).toBe(method);
  });

  it.each([
    ["an amount that is not a number", { 支払合計: "abc" }, {}, 'line 2: 支払合計: "abc" is not a whole number'],
    ["a date that does not exist", { 受注日: "2026-02-30 10:00:00" }, {}, "line 2: 受注日:"],
    ["a quantity that is not a number", {}, { 個数: "two" }, 'line 2: 個数: "two"'],
  ])("refuses %s, naming the line and the column", (_name, order, line, message) => {
    const read = readOrder(ecCubeCsv(ecCubeRows("9", order, [{ ...goods("a", "A", "1.00"), ...line }])));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors.join("; ")).toContain(message);
  });
});
