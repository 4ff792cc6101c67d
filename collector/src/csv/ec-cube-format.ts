import { finishOrder } from "./build-order.js";
import type { CsvRecord } from "./csv.js";
import { columnIndex, type OrderFormat } from "./header.js";
import { paymentMethodOf } from "./payment-method.js";
import { lineError } from "./shinsa-format.js";
import { readDecimal, readInteger, readTimeJst } from "./values.js";

// EC-CUBE 4's 受注CSV (shared/notes/cart-csv.md): one row per order line, the order's columns
// repeated on each; a shop can switch columns off, so everything is found by name.

const DISTINCTIVE = [
  "お名前(姓)",
  "お名前(セイ)",
  "住所1",
  "支払合計",
  "明細区分(名称)",
  "注文詳細ID",
  "配送先_住所1",
  "対応状況(名称)",
];
// 明細区分(ID) 1 is 商品; the other lines (送料, 手数料, 割引, 税, ポイント) are not goods.
const GOODS = { name: "商品", id: "1" };
type Rounding = (n: number) => number;
// 税率ルール(ID): EC-CUBE's RoundingType, 1 round half up, 2 floor, 3 ceil.
const ROUNDING: Record<string, Rounding> = { "1": Math.round, "2": Math.floor, "3": Math.ceil };

export function isEcCubeHeader(header: readonly string[]): boolean {
  const find = columnIndex(header);
  const hasId = find("注文番号") !== undefined || find("注文ID") !== undefined;
  return hasId && DISTINCTIVE.filter((name) => find(name) !== undefined).length >= 3;
}

export function ecCubeFormat(header: readonly string[]): OrderFormat | undefined {
  if (!isEcCubeHeader(header)) return undefined;
  const find = columnIndex(header);
  const get = (record: CsvRecord, name: string) => {
    const i = find(name);
    return i === undefined ? "" : (record.cells[i]?.trim() ?? "");
  };
  const join = (record: CsvRecord, names: string[], sep: string) =>
    names
      .map((n) => get(record, n))
      .filter(Boolean)
      .join(sep) || undefined;
  const party = (record: CsvRecord, p: "" | "配送先_") => ({
    name: join(record, [`${p}お名前(姓)`, `${p}お名前(名)`], " "),
    nameKana: join(record, [`${p}お名前(セイ)`, `${p}お名前(メイ)`], " "),
    postalCode: get(record, `${p}郵便番号`) || undefined,
    // Written as Japanese addresses are: prefecture, then 住所1 and 住所2 with nothing between.
    address: join(record, [`${p}都道府県(名称)`, `${p}住所1`, `${p}住所2`], ""),
    phone: get(record, `${p}TEL`) || undefined,
  });
  const isGoods = (record: CsvRecord) => {
    if (find("明細区分(名称)") !== undefined) return get(record, "明細区分(名称)") === GOODS.name;
    if (find("明細区分(ID)") !== undefined) return get(record, "明細区分(ID)") === GOODS.id;
    return get(record, "商品名") !== "" || get(record, "商品コード") !== "";
  };

  return {
    name: "ec-cube",
    orderIdColumn: find("注文番号") !== undefined ? "注文番号" : "注文ID",
    orderIdOf: (cells) => {
      const at = (name: string) => cells[find(name) ?? -1]?.trim() ?? "";
      return at("注文番号") || at("注文ID");
    },
    arrivalOf(records) {
      const read = records[0] && readTimeJst("受注日", get(records[0], "受注日"));
      return read?.ok ? Date.parse(read.value) : undefined;
    },
    toOrder(records) {
      const first = records[0] as CsvRecord;
      const errors: string[] = [];
      const orderId = get(first, "注文番号") || get(first, "注文ID");
      const memberId = get(first, "会員ID");
      const email = get(first, "メールアドレス") || undefined;
      // An order may ship to several places; the first shipment stands for the order.
      const shipped = records.find((r) => get(r, "配送先_住所1") !== "" || get(r, "配送先_郵便番号") !== "");
      const draft: Record<string, unknown> = {
        orderId,
        customer: { id: memberId && memberId !== "0" ? memberId : undefined, email },
        billing: { ...party(first, ""), email },
        shipping: shipped ? party(shipped, "配送先_") : undefined,
        payment: { method: paymentMethodOf(get(first, "支払方法(名称)")) },
        currency: "JPY",
      };
      const ordered = get(first, "受注日");
      if (ordered) {
        const read = readTimeJst("受注日", ordered);
        if (read.ok) draft.createdAt = read.value;
        else errors.push(lineError(first, read.error));
      }
      const total = find("支払合計") !== undefined ? "支払合計" : "合計";
      if (get(first, total)) {
        const read = readInteger(total, get(first, total));
        if (read.ok) draft.amount = read.value;
        else errors.push(lineError(first, read.error));
      }
      draft.items = records.filter(isGoods).map((record) => {
        const item = {
          sku: get(record, "商品コード") || undefined,
          name: join(record, ["商品名", "規格分類名1", "規格分類名2"], " "),
          quantity: 1,
          unitPrice: undefined as number | undefined,
        };
        const quantity = get(record, "個数");
        if (quantity) {
          const read = readInteger("個数", quantity);
          if (read.ok) item.quantity = read.value;
          else errors.push(lineError(record, read.error));
        }
        const price = get(record, "価格");
        if (price) {
          const read = readDecimal("価格", price);
          if (read.ok) item.unitPrice = withTax(read.value, get(record, "税率"), get(record, "税率ルール(ID)"));
          else errors.push(lineError(record, read.error));
        }
        return item;
      });
      return finishOrder(draft, errors);
    },
  };
}

/** 価格 is before tax; what the customer pays per unit is what a fraud rule should see. */
function withTax(price: number, rate: string, rule: string): number {
  const percent = Number(rate.normalize("NFKC"));
  const round = ROUNDING[rule] ?? Math.round;
  return Math.round(price) + (Number.isFinite(percent) && percent > 0 ? round((price * percent) / 100) : 0);
}
