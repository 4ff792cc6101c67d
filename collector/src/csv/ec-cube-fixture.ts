import { formatCell } from "./csv.js";

// Test data only: EC-CUBE 4's 受注CSV header in its default column order (shared/notes/cart-csv.md),
// with 送料 twice, and a builder that writes rows the way PHP's fputcsv does.

export const EC_CUBE_HEADER = [
  ..."注文ID,注文番号,会員ID,お名前(姓),お名前(名),お名前(セイ),お名前(メイ),会社名,郵便番号,都道府県(ID),都道府県(名称),住所1,住所2,メールアドレス,TEL,性別(ID),性別(名称),職業(ID),職業(名称),誕生日,ショップ用メモ欄,小計,値引き,送料,税金,合計,支払合計,対応状況(ID),対応状況(名称),支払方法(ID),支払方法(名称),受注日,入金日".split(
    ",",
  ),
  ..."注文詳細ID,商品ID,商品規格ID,商品名,商品コード,規格名1,規格名2,規格分類名1,規格分類名2,価格,個数,税率,税率ルール(ID),明細区分(ID),明細区分(名称)".split(
    ",",
  ),
  ..."出荷ID,配送先_お名前(姓),配送先_お名前(名),配送先_お名前(セイ),配送先_お名前(メイ),配送先_会社名,配送先_郵便番号,配送先_都道府県(ID),配送先_都道府県(名称),配送先_住所1,配送先_住所2,配送先_TEL,配送業者(ID),配送業者(名称),お届け時間ID,お届け時間(名称),お届け希望日,送料,発送日,出荷伝票番号,配達用メモ,出荷メール送信日".split(
    ",",
  ),
];

export type EcCubeOrder = Record<string, string>;
export type EcCubeLine = Record<string, string>;

const ORDER_DEFAULTS: EcCubeOrder = {
  会員ID: "",
  "お名前(姓)": "山田",
  "お名前(名)": "太郎",
  "お名前(セイ)": "ヤマダ",
  "お名前(メイ)": "タロウ",
  郵便番号: "1000001",
  "都道府県(名称)": "東京都",
  住所1: "千代田区千代田",
  住所2: "1-1",
  メールアドレス: "taro@example.jp",
  TEL: "09012345678",
  "支払方法(名称)": "クレジットカード決済",
  "対応状況(名称)": "新規受付",
  受注日: "2026-11-24 10:00:00",
};

export const goods = (name: string, code: string, price: string, quantity = "1"): EcCubeLine => ({
  商品名: name,
  商品コード: code,
  価格: price,
  個数: quantity,
  税率: "10",
  "税率ルール(ID)": "1",
  "明細区分(ID)": "1",
  "明細区分(名称)": "商品",
});
const fee = (kind: "送料" | "手数料", id: string): EcCubeLine => ({
  価格: "0.00",
  個数: "1",
  "明細区分(ID)": id,
  "明細区分(名称)": kind,
});

/** The rows of one order: its goods, then the 送料 and 手数料 lines every EC-CUBE order has. */
export function ecCubeRows(orderNo: string, order: EcCubeOrder, lines: EcCubeLine[]): string[] {
  const fields: Record<string, string> = { ...ORDER_DEFAULTS, 注文ID: orderNo, 注文番号: orderNo, ...order };
  return [...lines, fee("送料", "2"), fee("手数料", "3")].map((line) => {
    const cells = EC_CUBE_HEADER.map((name, i) => {
      // The second 送料 is the shipment's, empty in EC-CUBE's default data.
      if (name === "送料") return i === EC_CUBE_HEADER.indexOf("送料") ? "0" : "";
      return line[name] ?? fields[name] ?? "";
    });
    return cells.map(formatCell).join(",");
  });
}

export const ecCubeCsv = (...orders: string[][]) => `${[EC_CUBE_HEADER.join(","), ...orders.flat()].join("\n")}\n`;
