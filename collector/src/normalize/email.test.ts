import { describe, expect, it } from "vitest";
import { normalizeEmail } from "./email.js";

describe("normalizeEmail canonical keys", () => {
  it.each([
    ["Taro.Yamada+shop1@Gmail.com", "taroyamada@gmail.com"],
    ["t.a.r.o.yamada@googlemail.com", "taroyamada@gmail.com"],
    ["ｔａｒｏ＠ｇｍａｉｌ．ｃｏｍ", "taro@gmail.com"],
    [" taro@gmail.com ", "taro@gmail.com"],
    ["taro+x@icloud.com", "taro@icloud.com"],
    ["Taro.Yamada+x@outlook.jp", "taro.yamada@outlook.jp"],
    ["taro@EZweb.ne.jp", "taro@ezweb.ne.jp"],
    ["taro+abc@example.co.jp", "taro+abc@example.co.jp"],
    ["taro.yamada@yahoo.co.jp", "taro.yamada@yahoo.co.jp"],
    ["taro-shop@yahoo.co.jp", "taro-shop@yahoo.co.jp"],
  ])("keys %s as %s", (raw, canonical) => {
    expect(normalizeEmail(raw).canonical).toBe(canonical);
  });

  it.each([
    ["taro-shop@yahoo.co.jp", "taro@yahoo.co.jp"],
    ["taro-amazon@yahoo.co.jp", "taro@yahoo.co.jp"],
    ["taro@yahoo.co.jp", "taro@yahoo.co.jp"],
    ["taro-shop@example.jp", "taro-shop@example.jp"],
  ])("links the Yahoo! JAPAN safety address %s to %s", (raw, linkKey) => {
    expect(normalizeEmail(raw).linkKey).toBe(linkKey);
  });
});

describe("normalizeEmail validity", () => {
  it.each([
    ["taro..yamada.@docomo.ne.jp", true],
    ["taro..yamada@ezweb.ne.jp", true],
    [".taro.@softbank.ne.jp", true],
    ["taro.@i.softbank.jp", true],
    ["taro..yamada@au.com", true],
    ["taro..yamada@gmail.com", false],
    ["taro.@example.com", false],
    ["taro@", false],
    ["@example.com", false],
    ["taro@localhost", false],
    ["山田@example.com", false],
    ["", false],
  ])("says %s is valid: %s", (raw, valid) => {
    expect(normalizeEmail(raw).valid).toBe(valid);
  });

  it("keeps an old carrier local part as written", () => {
    expect(normalizeEmail("Taro..Yamada.@docomo.ne.jp").canonical).toBe("taro..yamada.@docomo.ne.jp");
  });
});

describe("normalizeEmail classes", () => {
  it.each([
    ["taro@docomo.ne.jp", "carrier"],
    ["taro@ezweb.ne.jp", "carrier"],
    ["taro@au.com", "carrier"],
    ["taro@i.softbank.jp", "carrier"],
    ["taro@gmail.com", "free"],
    ["taro@yahoo.co.jp", "free"],
    ["taro@outlook.jp", "free"],
    ["taro@abc.biglobe.ne.jp", "isp"],
    ["taro@xj9.so-net.ne.jp", "isp"],
    ["taro@nifty.com", "isp"],
    ["taro@mailinator.com", "disposable"],
    ["taro@yopmail.com", "disposable"],
    ["taro@eay.jp", "disposable"],
    ["taro@example-shop.co.jp", "other"],
  ])("classes %s as %s", (raw, cls) => {
    expect(normalizeEmail(raw).class).toBe(cls);
  });
});
