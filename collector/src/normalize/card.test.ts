import { describe, expect, it } from "vitest";
import { getCardKey } from "./card.js";

describe("getCardKey", () => {
  it.each([
    [{ bin: "411111", last4: "1111", holder: "TARO YAMADA" }, "411111|1111|taro yamada"],
    [{ bin: "411111", last4: "1111", holder: "YAMADA TAROU" }, "411111|1111|taro yamada"],
    [{ bin: "４１１１１１", last4: "１１１１", holder: "Taro Yamada" }, "411111|1111|taro yamada"],
    [{ bin: "35301113", last4: "0000", holder: "HANAKO OHTA" }, "35301113|0000|hanako ota"],
    [{ bin: "35301113", last4: "0000", holder: "HANAKO OOTA" }, "35301113|0000|hanako ota"],
    [{ bin: "540000", last4: "1234", holder: null }, "540000|1234|"],
    [{ bin: "4111", last4: "1111", holder: "TARO YAMADA" }, null],
    [{ bin: "411111", last4: "11a1", holder: "TARO YAMADA" }, null],
    [{}, null],
  ])("keys %j as %s", (input, key) => {
    expect(getCardKey(input).key).toBe(key);
  });

  it("keeps the parts apart for rules that match on BIN alone", () => {
    expect(getCardKey({ bin: "411111", last4: "1111", holder: "JUNICHI HOMMA" })).toEqual({
      bin: "411111",
      last4: "1111",
      holderKey: "honma junichi",
      key: "411111|1111|honma junichi",
    });
  });
});
