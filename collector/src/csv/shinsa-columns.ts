import { normalizeHeader } from "./header.js";

// Our own layout: a column is a JSON path of OrderRequest (`customer.email`, `items.0.sku`), or a
// name a shop already uses for it, in Japanese or English. Matching ignores case, width, spaces,
// `_` and `-` (normalizeHeader), so the aliases below are written in that folded form.

const PARTY: Record<string, string[]> = {
  name: ["お名前", "氏名", "名前", "name"],
  nameKana: ["フリガナ", "ふりがな", "カナ", "お名前(カナ)", "お名前(フリガナ)", "namekana", "kana"],
  postalCode: ["郵便番号", "〒", "postalcode", "zip", "zipcode", "postcode"],
  address: ["住所", "address"],
  phone: ["電話番号", "電話", "tel", "phone", "phonenumber"],
  email: ["メールアドレス", "メール", "email", "emailaddress", "mail"],
  country: ["国コード", "国", "country", "countrycode"],
};
// A bare メールアドレス is the customer's (above), so a party's e-mail needs its prefix.
const NEEDS_PREFIX = new Set(["email"]);
const BILLING_PREFIXES = ["", "注文者", "ご注文者", "購入者", "請求先", "billing"];
const SHIPPING_PREFIXES = ["お届け先", "配送先", "送付先", "shipping", "delivery"];

const ORDER: Record<string, string[]> = {
  orderId: ["注文番号", "注文id", "受注番号", "受注id", "ordernumber", "orderno", "order"],
  token: ["トークン", "shinsatoken"],
  createdAt: ["注文日", "注文日時", "受注日", "受注日時", "購入日時", "orderdate", "date"],
  ip: ["ipアドレス", "ipaddress"],
  "customer.id": ["会員id", "会員番号", "顧客id", "顧客番号", "customerid"],
  "customer.email": ["メールアドレス", "メール", "email", "emailaddress", "mail"],
  "customer.createdAt": ["会員登録日", "会員登録日時", "customercreatedat"],
  "payment.method": ["支払方法", "支払い方法", "お支払い方法", "お支払方法", "決済方法", "paymentmethod", "payment"],
  "payment.cardBin": ["カードbin", "bin", "cardbin"],
  "payment.cardLast4": ["カード下4桁", "下4桁", "cardlast4", "last4"],
  "payment.cardHolder": ["カード名義", "カード名義人", "名義人", "cardholder"],
  "payment.threeDSecure": ["3dセキュア", "3ds", "threedsecure"],
  amount: ["合計", "合計金額", "支払合計", "お支払い合計", "請求金額", "注文金額", "金額", "total", "amount"],
  currency: ["通貨", "currency"],
};

const ITEM: Record<string, string[]> = {
  sku: ["商品コード", "品番", "sku"],
  name: ["商品名", "itemname", "productname"],
  category: ["カテゴリ", "カテゴリー", "商品カテゴリ", "category"],
  quantity: ["数量", "個数", "quantity", "qty"],
  unitPrice: ["単価", "価格", "販売価格", "unitprice", "price"],
};

const ALIASES = new Map<string, string>();
const add = (path: string, names: string[]) => {
  for (const name of [path, path.replaceAll(".", ""), ...names]) ALIASES.set(normalizeHeader(name), path);
};
for (const [path, names] of Object.entries(ORDER)) add(path, names);
for (const [field, names] of Object.entries(PARTY)) {
  for (const prefix of BILLING_PREFIXES) {
    if (!prefix && NEEDS_PREFIX.has(field)) add(`billing.${field}`, []);
    else add(`billing.${field}`, prefix ? names.map((n) => prefix + n) : names);
  }
  for (const prefix of SHIPPING_PREFIXES)
    add(
      `shipping.${field}`,
      names.map((n) => prefix + n),
    );
}

const ITEM_PATH = /^items\.?(\d+)\.?([a-z]+)$/;
const ITEM_FIELDS = new Map(
  Object.entries(ITEM).flatMap(([field, names]) => [field, ...names].map((n) => [normalizeHeader(n), field])),
);

/** The OrderRequest path a header names, or undefined for a column we only pass through. */
export function shinsaPathOfHeader(name: string): string | undefined {
  const key = normalizeHeader(name);
  const direct = ALIASES.get(key);
  if (direct) return direct;
  const path = ITEM_PATH.exec(key);
  if (path) {
    const field = ITEM_FIELDS.get(path[2] as string);
    return field ? `items.${path[1]}.${field}` : undefined;
  }
  // `商品コード`, or `商品コード2` for the second item: a flat export with one column set per item.
  const numbered = /^(.*?)(\d*)$/.exec(key);
  const field = ITEM_FIELDS.get(numbered?.[1] ?? "");
  if (!field) return undefined;
  const n = numbered?.[2] ? Number(numbered[2]) - 1 : 0;
  return n >= 0 ? `items.${n}.${field}` : undefined;
}
