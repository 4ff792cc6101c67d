import { describe, expect, it } from "vitest";
import { normalizePhone } from "./phone.js";

describe("normalizePhone", () => {
  it.each([
    ["090-1234-5678", "+819012345678", "mobile"],
    ["０９０－１２３４－５６７８", "+819012345678", "mobile"],
    ["09012345678", "+819012345678", "mobile"],
    ["+81 90-1234-5678", "+819012345678", "mobile"],
    ["+819012345678", "+819012345678", "mobile"],
    ["81-90-1234-5678", "+819012345678", "mobile"],
    ["+81 (0)90 1234 5678", "+819012345678", "mobile"],
    ["090ー1234ー5678", "+819012345678", "mobile"],
    ["〇九〇一二三四五六七八", "+819012345678", "mobile"],
    ["080(1234)5678", "+818012345678", "mobile"],
    ["070-1234-5678", "+817012345678", "mobile"],
    ["050-1234-5678", "+815012345678", "ip_phone"],
    ["0120-123-456", "+81120123456", "toll_free"],
    ["0800-123-4567", "+818001234567", "toll_free"],
    ["03-1234-5678", "+81312345678", "fixed"],
    ["(03)1234-5678", "+81312345678", "fixed"],
    ["06-6123-4567", "+81661234567", "fixed"],
    ["0570-064-556", "+81570064556", "other"],
  ])("reads %s as %s (%s)", (raw, e164, type) => {
    expect(normalizePhone(raw)).toMatchObject({ e164, type, country: "JP" });
  });

  it.each([["090-1234-567"], ["0000"], ["電話なし"], [""], [null]])("marks %s invalid", (raw) => {
    expect(normalizePhone(raw)).toEqual({ e164: null, type: "invalid", country: null });
  });

  it("keeps the country of a foreign number", () => {
    expect(normalizePhone("+1 415 555 2671")).toEqual({ e164: "+14155552671", type: "fixed", country: "US" });
  });
});
