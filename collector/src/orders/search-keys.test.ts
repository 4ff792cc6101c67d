import { orderRequestSchema } from "@shinsa/shared";
import { describe, expect, it } from "vitest";
import { keyed } from "../lib/identifier.js";
import { getIdentifiers, getOrderKeys } from "../scoring/identifiers.js";
import { getOrderIdentity } from "../scoring/identity.js";
import { getKanaKey, getSearchKeys } from "./search-keys.js";

const SECRET = "search-keys-test-secret-of-32-chars!";

const stored = orderRequestSchema.parse({
  orderId: "A-1",
  customer: { id: "C-9", email: "Taro.Yamada@Example.jp" },
  billing: {
    name: "山田 太郎",
    nameKana: "やまだ たろう",
    postalCode: "100-0013",
    address: "東京都千代田区霞が関1-3-1",
    phone: "090-1234-5678",
  },
});
const identity = getOrderIdentity(stored);
const storedIdentifiers = getIdentifiers(SECRET, { customerId: "C-9" }, identity, null);
const storedKey = (kind: string) => storedIdentifiers.find((i) => i.kind === kind)?.value;
const found = (q: string, kind: string) =>
  getSearchKeys(SECRET, q).identifiers.some((i) => i.kind === kind && i.value === storedKey(kind));

describe("the keys a search text is looked up by", () => {
  it("finds an e-mail written in other capitals", () => {
    expect(found("taro.yamada@example.jp", "email")).toBe(true);
  });

  it("finds a phone number written in the international form", () => {
    expect(found("+81 90 1234 5678", "phone")).toBe(true);
  });

  it("finds the address 1-3-1 when it is written 1丁目3番1号 in full-width digits", () => {
    expect(found("東京都千代田区霞が関１丁目３番１号", "billingAddress")).toBe(true);
  });

  it("finds the address 1-3-1 written with full-width dashes and a kanji block number", () => {
    expect(found("東京都千代田区霞が関１－３－１", "billingAddress")).toBe(true);
    expect(found("東京都千代田区霞が関一丁目3-1", "billingAddress")).toBe(true);
  });

  it("finds a name written in its old character form", () => {
    const takahashi = getOrderIdentity(orderRequestSchema.parse({ orderId: "A-2", billing: { name: "高橋 一郎" } }));
    expect(getSearchKeys(SECRET, "髙橋一郎").personKeys).toContain(
      getOrderKeys(SECRET, undefined, takahashi).personKey,
    );
  });

  it("reads a postal code before the address as the form's postal code", () => {
    expect(found("〒100-0013 東京都千代田区霞が関1丁目3番1号", "billingAddress")).toBe(true);
  });

  it("finds the buyer by the name in kanji, written without the space", () => {
    expect(getSearchKeys(SECRET, "山田太郎").personKeys).toContain(getOrderKeys(SECRET, "C-9", identity).personKey);
  });

  it("finds the buyer by the reading, in katakana where hiragana was sent, with or without the space", () => {
    expect(getSearchKeys(SECRET, "ヤマダ タロウ").kanaKey).toBe(getKanaKey(SECRET, stored));
    expect(getSearchKeys(SECRET, "ヤマダタロウ").kanaKey).toBe(getKanaKey(SECRET, stored));
  });

  it("keys the customer id as erasure and the order row key it", () => {
    expect(getSearchKeys(SECRET, " C-9 ").customerKey).toBe(keyed(SECRET, "account", "C-9"));
  });

  it("looks nothing up by weak identifiers, which strangers share", () => {
    const kinds = getSearchKeys(SECRET, "東京都千代田区霞が関1-3-1").identifiers.map((i) => i.kind);
    expect(kinds).not.toContain("household");
    expect(kinds).not.toContain("building");
  });

  it("keys no reading for a text that is not kana", () => {
    expect(getSearchKeys(SECRET, "A-1001").kanaKey).toBeNull();
  });
});
