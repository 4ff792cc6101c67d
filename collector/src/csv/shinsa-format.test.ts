import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv.js";
import { shinsaFormat } from "./shinsa-format.js";

const readOrders = (text: string) => {
  const [header, ...rows] = parseCsv(text).records;
  const format = shinsaFormat(header?.cells ?? []);
  if (!format) throw new Error("no order id column");
  const ids = [...new Set(rows.map((r) => format.orderIdOf(r.cells)))];
  return ids.map((id) => format.toOrder(rows.filter((r) => format.orderIdOf(r.cells) === id)));
};

describe("shinsaFormat", () => {
  it("reads the API's JSON names with dots for nesting", () => {
    const csv = [
      "orderId,token,customer.email,shipping.address,items.0.sku,items.0.quantity,items.1.sku,amount,payment.method",
      'A-1,tok_1,taro@example.jp,"東京都千代田区千代田1-1",IPH15,1,CASE,"98,000",card',
    ].join("\n");
    expect(readOrders(csv)).toEqual([
      {
        ok: true,
        order: {
          orderId: "A-1",
          token: "tok_1",
          customer: { email: "taro@example.jp" },
          shipping: { address: "東京都千代田区千代田1-1" },
          items: [
            { sku: "IPH15", quantity: 1 },
            { sku: "CASE", quantity: 1 },
          ],
          amount: 98000,
          payment: { method: "card" },
        },
      },
    ]);
  });

  it("reads Japanese header names, payment names and local dates as JST", () => {
    const csv =
      "注文番号,お名前,フリガナ,郵便番号,住所,電話番号,メールアドレス,支払方法,注文日,合計金額\n" +
      "B-7,山田 太郎,ヤマダ タロウ,100-0001,東京都千代田区千代田1-1,090-1234-5678,t@example.jp,代引き,2026/11/24 10:00,5000円\n";
    expect(readOrders(csv)[0]).toEqual({
      ok: true,
      order: {
        orderId: "B-7",
        billing: {
          name: "山田 太郎",
          nameKana: "ヤマダ タロウ",
          postalCode: "100-0001",
          address: "東京都千代田区千代田1-1",
          phone: "090-1234-5678",
        },
        customer: { email: "t@example.jp" },
        payment: { method: "cod" },
        createdAt: "2026-11-24T10:00:00+09:00",
        amount: 5000,
      },
    });
  });

  it("adds the items of rows that repeat an orderId to the first row's order", () => {
    const csv = "orderId,amount,sku,quantity\nC-1,3000,A,1\nC-1,3000,B,2\n";
    const [read] = readOrders(csv);
    expect(read?.ok && read.order.items).toEqual([
      { sku: "A", quantity: 1 },
      { sku: "B", quantity: 2 },
    ]);
  });

  it.each([
    ["an amount that is not a number", "orderId,amount\nD-1,tbd\n", 'line 2: amount: "tbd" is not a whole number'],
    ["a card BIN the API would refuse", "orderId,payment.cardBin\nD-2,41x\n", "payment.cardBin: 6 to 8 digits"],
    ["a currency that is not ISO 4217", "orderId,currency\nD-3,円\n", "currency: an ISO 4217 code"],
  ])("refuses %s", (_name, csv, message) => {
    const [read] = readOrders(csv);
    expect(read?.ok).toBe(false);
    if (read && !read.ok) expect(read.errors.join("; ")).toContain(message);
  });

  it("does not read a header without an order id column", () => {
    expect(shinsaFormat(["email", "amount"])).toBeUndefined();
  });
});
