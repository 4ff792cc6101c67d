import { describe, expect, it } from "vitest";
import { readDecimal, readInteger, readTimeJst } from "./values.js";

describe("readInteger", () => {
  it.each([
    ["98000", 98000],
    ["98,000", 98000],
    ["¥98,000", 98000],
    ["98000円", 98000],
    ["９８０００", 98000],
    ["4280.00", 4280],
    [" 12 ", 12],
    ["0", 0],
  ])("reads %j as %d", (text, expected) => {
    expect(readInteger("合計", text)).toEqual({ ok: true, value: expected });
  });

  it.each(["abc", "12.5", "-100", "1e5", "", "99999999999999999999"])(
    "refuses %j with the column and the text",
    (text) => {
      const read = readInteger("合計", text);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.error).toContain(`合計: "${text}"`);
    },
  );
});

describe("readDecimal", () => {
  it.each([
    ["4280.00", 4280],
    ["1,234.5", 1234.5],
  ])("reads %j as %d", (text, expected) => {
    expect(readDecimal("価格", text)).toEqual({ ok: true, value: expected });
  });

  it("refuses text that is not a number", () => {
    expect(readDecimal("価格", "無料").ok).toBe(false);
  });
});

describe("readTimeJst", () => {
  it.each([
    ["2026-11-24 10:00:00", "2026-11-24T10:00:00+09:00"],
    ["2026/11/24 9:05", "2026-11-24T09:05:00+09:00"],
    ["2026-11-24", "2026-11-24T00:00:00+09:00"],
    ["2026-11-24T10:00:00+09:00", "2026-11-24T10:00:00+09:00"],
    ["2026-11-24T01:00:00Z", "2026-11-24T01:00:00Z"],
  ])("reads %j as %j", (text, expected) => {
    expect(readTimeJst("受注日", text)).toEqual({ ok: true, value: expected });
  });

  it.each(["yesterday", "2026-02-30 10:00:00", "24/11/2026"])("refuses %j", (text) => {
    expect(readTimeJst("受注日", text).ok).toBe(false);
  });
});
