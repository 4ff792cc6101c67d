import { describe, expect, it } from "vitest";
import { shinsaPathOfHeader } from "./shinsa-columns.js";

describe("shinsaPathOfHeader", () => {
  it.each([
    ["orderId", "orderId"],
    ["customer.email", "customer.email"],
    ["shipping.address", "shipping.address"],
    ["items.0.sku", "items.0.sku"],
    ["items.12.unitPrice", "items.12.unitPrice"],
    ["Order ID", "orderId"],
    ["order_id", "orderId"],
    ["ｏｒｄｅｒＩｄ", "orderId"],
    ["注文番号", "orderId"],
    ["メールアドレス", "customer.email"],
    ["E-mail", "customer.email"],
    ["お名前", "billing.name"],
    ["フリガナ", "billing.nameKana"],
    ["郵便番号", "billing.postalCode"],
    ["住所", "billing.address"],
    ["電話番号", "billing.phone"],
    ["TEL", "billing.phone"],
    ["お届け先住所", "shipping.address"],
    ["配送先_郵便番号", "shipping.postalCode"],
    ["Shipping Address", "shipping.address"],
    ["billing.email", "billing.email"],
    ["注文者メールアドレス", "billing.email"],
    ["お届け先メールアドレス", "shipping.email"],
    ["shipping.country", "shipping.country"],
    ["Country", "billing.country"],
    ["お届け先国コード", "shipping.country"],
    ["支払方法", "payment.method"],
    ["合計金額", "amount"],
    ["商品コード", "items.0.sku"],
    ["商品名2", "items.1.name"],
    ["個数", "items.0.quantity"],
    ["Unit Price", "items.0.unitPrice"],
  ])("reads %j as %s", (header, path) => {
    expect(shinsaPathOfHeader(header)).toBe(path);
  });

  it.each(["ショップ用メモ欄", "備考", "items.0.colour", "商品名0", "note"])(
    "passes %j through as a column of its own",
    (header) => {
      expect(shinsaPathOfHeader(header)).toBeUndefined();
    },
  );
});
