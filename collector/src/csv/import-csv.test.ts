import type { OrderRequest, OrderResponse } from "@shinsa/shared";
import iconv from "iconv-lite";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../lib/api-error.js";
import { parseCsv } from "./csv.js";
import { ecCubeCsv, ecCubeRows, goods } from "./ec-cube-fixture.js";
import { decodeText, encodeText } from "./encoding.js";
import { CsvImportError, importCsv } from "./import-csv.js";

// The use case takes its scorer as a parameter; here a recording one stands in, so these tests
// pin the file handling. The route tests run the real scorer over a database.
function recorder() {
  const seen: OrderRequest[] = [];
  const score = async (order: OrderRequest): Promise<OrderResponse> => {
    seen.push(order);
    return {
      orderId: order.orderId,
      score: 10 * seen.length,
      decision: "accept",
      reasons: [{ code: "test", score: 10, message: "テスト" }],
      links: { accounts: 1, orders: [], via: [], ringId: `ring_${order.orderId}` },
    };
  };
  return { seen, score };
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const cells = (bytes: Uint8Array) => parseCsv(decodeText(bytes).text).records.map((r) => r.cells);

describe("importCsv", () => {
  it("appends score, decision, reasons, ringId and error to our own layout, keeping CRLF", async () => {
    const { score } = recorder();
    const input = 'orderId,customer.email,note\r\nA-1,a@example.jp,"keep, me"\r\nA-2,b@example.jp,\r\n';
    const result = await importCsv(utf8(input), score);
    const text = decodeText(result.bytes).text;
    expect(text).toBe(
      [
        "orderId,customer.email,note,score,decision,reasons,ringId,error",
        'A-1,a@example.jp,"keep, me",10,accept,テスト (test +10),ring_A-1,',
        "A-2,b@example.jp,,20,accept,テスト (test +10),ring_A-2,",
        "",
      ].join("\r\n"),
    );
    expect(result).toMatchObject({
      encoding: "utf-8",
      contentType: "text/csv; charset=utf-8",
      rows: 2,
      orders: 2,
      errors: 0,
    });
  });

  it("answers a Shift_JIS EC-CUBE file in Shift_JIS, each line row carrying its order's result", async () => {
    const { score, seen } = recorder();
    const csv = ecCubeCsv(
      ecCubeRows("1002", { 受注日: "2026-11-24 12:00:00" }, [goods("ソファ", "SOFA", "1000.00")]),
      ecCubeRows("1001", { 受注日: "2026-11-24 09:00:00" }, [goods("表札", "SIGN", "500.00")]),
    );
    const result = await importCsv(new Uint8Array(iconv.encode(csv, "cp932")), score);
    expect(result).toMatchObject({
      encoding: "windows-31j",
      contentType: "text/csv; charset=Shift_JIS",
      rows: 6,
      orders: 2,
    });
    expect(seen.map((o) => o.orderId)).toEqual(["1001", "1002"]);
    const rows = cells(result.bytes);
    expect(rows[0]?.slice(-5)).toEqual(["スコア", "判定", "理由", "リングID", "エラー"]);
    expect(rows.slice(1).map((r) => [r[1], r.at(-5), r.at(-2)])).toEqual([
      ["1002", "20", "ring_1002"],
      ["1002", "20", "ring_1002"],
      ["1002", "20", "ring_1002"],
      ["1001", "10", "ring_1001"],
      ["1001", "10", "ring_1001"],
      ["1001", "10", "ring_1001"],
    ]);
    expect(iconv.decode(Buffer.from(result.bytes), "cp932")).toContain("ソファ");
  });

  it("keeps a bad row with its error and scores the others", async () => {
    const { score, seen } = recorder();
    const input = "orderId,amount\nA-1,1000\n,2000\nA-3,lots\nA-4,4000\n";
    const result = await importCsv(utf8(input), score);
    expect(cells(result.bytes).slice(1)).toEqual([
      ["A-1", "1000", "10", "accept", "テスト (test +10)", "ring_A-1", ""],
      ["", "2000", "", "", "", "", "line 3: the order id (orderId) is empty"],
      ["A-3", "lots", "", "", "", "", 'line 4: amount: "lots" is not a whole number (e.g. 98000)'],
      ["A-4", "4000", "20", "accept", "テスト (test +10)", "ring_A-4", ""],
    ]);
    expect(seen.map((o) => o.orderId)).toEqual(["A-1", "A-4"]);
    expect(result).toMatchObject({ rows: 4, orders: 3, errors: 2 });
  });

  it("reports a row with a cell too many (an unquoted comma) by its line and does not score it", async () => {
    const { score, seen } = recorder();
    const input = "orderId,shipping.address,amount\nA-1,東京都千代田区1-1,1000\nA-2,東京都港区1-1, 芝ビル,2000\n";
    const result = await importCsv(utf8(input), score);
    expect(cells(result.bytes)[2]?.at(-1)).toBe(
      "line 3: 4 cells where the header has 3 (a comma or a line break inside a value must be quoted)",
    );
    expect(seen.map((o) => o.orderId)).toEqual(["A-1"]);
    expect(result).toMatchObject({ errors: 1 });
  });

  it("reports both halves of a row split by an unquoted line break, and scores neither", async () => {
    const { score, seen } = recorder();
    const input = "orderId,shipping.address,amount\nA-1,東京都港区1-1\n芝ビル,2000\nA-2,東京都,3000\n";
    const result = await importCsv(utf8(input), score);
    const errors = cells(result.bytes).map((row) => row.at(-1));
    expect(errors[1]).toMatch(/^line 2: 2 cells where the header has 3/);
    expect(errors[2]).toMatch(/^line 3: 2 cells where the header has 3/);
    expect(seen.map((o) => o.orderId)).toEqual(["A-2"]);
  });

  it("reports a quote that is never closed at the line that opened it, and scores nothing after it", async () => {
    const { score, seen } = recorder();
    const input = 'orderId,note,amount\nA-1,ok,1000\nA-2,"open quote,2000\nA-3,x,3000\n';
    const result = await importCsv(utf8(input), score);
    expect(decodeText(result.bytes).text).toContain("line 3: a quote opened on this line is never closed");
    expect(seen.map((o) => o.orderId)).toEqual(["A-1"]);
  });

  it("does not score an order one of whose rows is broken", async () => {
    const { score, seen } = recorder();
    const input = "orderId,items.0.sku,amount\nA-1,S1,1000\nA-1,S2,1000,extra\n";
    const result = await importCsv(utf8(input), score);
    const errors = cells(result.bytes).map((row) => row.at(-1));
    expect(errors[1]).toMatch(/line 3: 4 cells/);
    expect(errors[2]).toMatch(/line 3: 4 cells/);
    expect(seen).toEqual([]);
  });

  it("writes a scoring failure on the order's rows: a client error as it is, anything else without internals", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const score = async (order: OrderRequest): Promise<OrderResponse> => {
      if (order.orderId === "A-1") throw new ApiError(400, "invalid_body", "createdAt: an ISO-8601 time");
      throw new Error("relation orders does not exist");
    };
    const result = await importCsv(utf8("orderId\nA-1\nA-2\n"), score);
    const errors = cells(result.bytes).map((r) => r.at(-1));
    expect(errors).toEqual([
      "error",
      "invalid_body: createdAt: an ISO-8601 time",
      "internal error while scoring this order; the operator's log has the details",
    ]);
    vi.restoreAllMocks();
  });

  it("keeps the BOM, blank lines and a missing final newline as they were", async () => {
    const { score } = recorder();
    const input = encodeText("注文番号,メールアドレス\n1,a@example.jp\n\n2,b@example.jp", "utf-8-bom");
    const result = await importCsv(input, score);
    expect(Array.from(result.bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(decodeText(result.bytes).text).toBe(
      "注文番号,メールアドレス,スコア,判定,理由,リングID,エラー\n1,a@example.jp,10,accept,テスト (test +10),ring_1,\n\n2,b@example.jp,20,accept,テスト (test +10),ring_2,",
    );
  });

  it("reports progress once per order", async () => {
    const { score } = recorder();
    const progress: Array<[number, number]> = [];
    await importCsv(utf8("orderId\nA\nB\nA\n"), score, (p) => progress.push([p.done, p.total]));
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it("answers every order as it stands after the whole file: the ring and re-score later orders brought", async () => {
    const { score } = recorder();
    // B joined A into a ring and re-scored it; B itself is as it was answered.
    const latest = async (ids: string[]) =>
      new Map(
        ids.map((id): [string, OrderResponse] => [
          id,
          {
            orderId: id,
            score: id === "A" ? 55 : 20,
            decision: id === "A" ? "review" : "accept",
            reasons: [{ code: "test", score: 10, message: "テスト" }],
            links: { accounts: 2, orders: [], via: ["phone"], ringId: "ring_late" },
          },
        ]),
      );
    const result = await importCsv(utf8("orderId\nA\nB\n"), score, undefined, { latest });
    expect(cells(result.bytes).slice(1)).toEqual([
      ["A", "55", "review", "テスト (test +10)", "ring_late", ""],
      ["B", "20", "accept", "テスト (test +10)", "ring_late", ""],
    ]);
  });

  it.each([
    ["an empty file", "", "empty_csv"],
    ["a header without an order id column", "email,amount\na@example.jp,1\n", "unknown_csv_format"],
  ])("refuses %s as a whole", async (_name, input, code) => {
    await expect(importCsv(utf8(input), recorder().score)).rejects.toThrow(CsvImportError);
    await expect(importCsv(utf8(input), recorder().score)).rejects.toMatchObject({ code });
  });
});

describe("importCsv on a file longer than one batch of the answer", () => {
  // 4,500 orders: the answer is written in three parts, with the event loop given way between them.
  const rows = Array.from({ length: 4_500 }, (_, i) => `A-${i},山田${i}@example.jp,"髙橋, ①"`);
  const text = ["orderId,customer.email,note", ...rows].join("\r\n");

  it.each(["utf-8-bom", "windows-31j", "euc-jp"] as const)(
    "answers %s in one piece: one BOM at most, every row once, the file's own line ends",
    async (encoding) => {
      const { score } = recorder();
      const result = await importCsv(encodeText(text, encoding), score);
      expect(result.encoding).toBe(encoding);
      const answer = decodeText(result.bytes, encoding).text;
      const lines = answer.split("\r\n");
      expect(lines).toHaveLength(1 + rows.length);
      expect(lines.every((line, i) => i === 0 || line.startsWith(`${rows[i - 1]},`))).toBe(true);
      expect(answer.endsWith("\r\n")).toBe(false);
      const boms = Buffer.from(result.bytes).toString("latin1").split("\xef\xbb\xbf").length - 1;
      expect(boms).toBe(encoding === "utf-8-bom" ? 1 : 0);
    },
  );
});
