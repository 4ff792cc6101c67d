import { describe, expect, it } from "vitest";
import { paymentMethodOf } from "./payment-method.js";

describe("paymentMethodOf", () => {
  it.each([
    ["クレジットカード決済", "card"],
    ["クレジットカード", "card"],
    ["ＶＩＳＡ／Ｍａｓｔｅｒ", "card"],
    ["NP後払い", "deferred"],
    ["コンビニ後払い", "deferred"],
    ["代金引換", "cod"],
    ["代引き", "cod"],
    ["銀行振込", "bank"],
    ["郵便振替", "bank"],
    ["現金書留", "bank"],
    ["PayPay", "wallet"],
    ["card", "card"],
    ["DEFERRED", "deferred"],
    ["店頭受け取り", "other"],
  ])("maps %j to %s", (name, expected) => {
    expect(paymentMethodOf(name)).toBe(expected);
  });

  it("leaves an empty cell without a method", () => {
    expect(paymentMethodOf("  ")).toBeUndefined();
  });
});
