import { describe, expect, it } from "vitest";
import { findJsonFault, isStorableText } from "./json-guard.js";

describe("isStorableText", () => {
  it.each([
    ["plain Japanese", "山田 太郎", true],
    ["an emoji (a surrogate pair)", "🍣 寿司", true],
    ["a NUL", "a\u0000b", false],
    ["a high surrogate alone", "a\ud83cb", false],
    ["a high surrogate at the end", "a\ud83c", false],
    ["a low surrogate alone", "\udf63", false],
    ["two high surrogates before one low", "\ud83c\ud83c\udf63", false],
  ])("judges %s", (_, text, storable) => {
    expect(isStorableText(text)).toBe(storable);
  });
});

describe("findJsonFault", () => {
  it("names the path of the first unstorable string", () => {
    expect(findJsonFault({ items: [{ name: "ok" }, { name: "x\u0000" }] })).toEqual({
      path: "items.1.name",
      message: "holds a NUL character or a lone surrogate",
    });
  });

  it("refuses a field name with a lone surrogate", () => {
    expect(findJsonFault({ signals: { "\ud800": 1 } })?.path).toBe("signals");
  });

  it("refuses nesting past the limit and accepts it up to the limit", () => {
    const nest = (n: number): unknown => (n === 0 ? "leaf" : [nest(n - 1)]);
    expect(findJsonFault(nest(4), 4)).toBeNull();
    expect(findJsonFault(nest(5), 4)?.message).toBe("nests deeper than 4 levels");
  });

  it("accepts a well-formed order", () => {
    expect(findJsonFault({ orderId: "A-1", amount: 98000, billing: { name: "山田 太郎" } })).toBeNull();
  });
});
