import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../csv/csv.js";
import { ecCubeCsv, ecCubeRows, goods } from "../csv/ec-cube-fixture.js";
import { testDrivers } from "../testing/databases.js";
import { createTestSite, jsonOf, useTestApp } from "../testing/test-app.js";
import { writeResultLine } from "./orders-import.js";

const sjis = (text: string) => new Uint8Array(iconv.encode(text, "cp932"));
const rowsOf = (text: string) => parseCsv(text).records.map((r) => r.cells);

describe.each(testDrivers)("POST /v1/orders/import on %s", (driver) => {
  const ctx = useTestApp(driver);
  const post = (secretKey: string, body: string | Uint8Array, contentType = "text/csv", headers = {}) =>
    ctx.app.request("/v1/orders/import", {
      method: "POST",
      headers: { authorization: `Bearer ${secretKey}`, "content-type": contentType, ...headers },
      body,
    });

  it("scores our own layout row by row and answers the same rows with our columns appended", async () => {
    const site = await createTestSite(ctx);
    const csv =
      "orderId,customer.id,customer.email,billing.name,shipping.address,payment.method,amount,memo\r\n" +
      "A-1,C-1,a@example.jp,山田 太郎,東京都千代田区霞が関1-3-1 霞ビル101,card,2000,first\r\n" +
      "A-2,C-2,b@example.jp,鈴木 一郎,東京都千代田区霞が関１丁目３番１号 霞ビル101号室,card,2000,second\r\n";
    const res = await post(site.secretKey, csv);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("shinsa-rows")).toBe("2");
    const text = await res.text();
    expect(text.endsWith("\r\n")).toBe(true);
    const [header, first, second] = rowsOf(text);
    expect(header?.slice(-5)).toEqual(["score", "decision", "reasons", "ringId", "error"]);
    expect(first?.slice(0, 8)).toEqual(rowsOf(csv)[1]);
    expect(first?.[9]).toMatch(/^(accept|review|reject)$/);
    // The second order is scored after the first is stored, so it links to it, and the answer
    // marks the first one too, though it had no ring when it was scored.
    expect(second?.[11]).toMatch(/^ring_/);
    expect(first?.[11]).toBe(second?.[11]);
    expect(second?.[12]).toBe("");
    const stored = await jsonOf(
      await ctx.app.request("/v1/orders/A-1", { headers: { authorization: `Bearer ${site.secretKey}` } }),
    );
    expect(stored.links.ringId).toBe(second?.[11]);
  });

  it("round-trips a Shift_JIS EC-CUBE export: same bytes per row, one result on every line of an order", async () => {
    const site = await createTestSite(ctx);
    const csv = ecCubeCsv(
      ecCubeRows("1002", { 受注日: "2026-11-24 12:00:00", 支払合計: "11000", "支払方法(名称)": "NP後払い" }, [
        goods("ソファ", "SOFA", "10000.00"),
      ]),
      ecCubeRows("1001", { 受注日: "2026-11-24 09:00:00", 支払合計: "550" }, [goods("表札", "SIGN", "500.00")]),
    );
    const res = await post(site.secretKey, sjis(csv), "text/csv; charset=Shift_JIS");
    expect(res.status, await res.clone().text()).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=Shift_JIS");
    const text = iconv.decode(Buffer.from(await res.arrayBuffer()), "cp932");
    const inputLines = csv.split("\n");
    const outputLines = text.split("\n");
    expect(outputLines).toHaveLength(inputLines.length);
    for (const [i, line] of outputLines.slice(1, -1).entries()) {
      expect(line.startsWith(`${inputLines[i + 1]},`)).toBe(true);
    }
    const [header, ...rows] = rowsOf(text);
    expect(header?.slice(-5)).toEqual(["スコア", "判定", "理由", "リングID", "エラー"]);
    const byOrder = new Map<string, string[]>();
    for (const row of rows)
      byOrder.set(row[1] as string, [...(byOrder.get(row[1] as string) ?? []), row.slice(-5).join("|")]);
    expect([...byOrder.keys()]).toEqual(["1002", "1001"]);
    for (const answers of byOrder.values()) {
      expect(answers).toHaveLength(3);
      expect(new Set(answers).size).toBe(1);
      expect(answers[0]).toMatch(/^\d+\|(accept|review|reject)\|/);
    }
  });

  it("keeps a bad row with its error, scores the rest, and answers a UTF-8 file with its BOM", async () => {
    const site = await createTestSite(ctx);
    const csv =
      "\uFEFF注文番号,メールアドレス,合計金額\n1,a@example.jp,1000\n,b@example.jp,2000\n3,c@example.jp,たくさん\n";
    const res = await post(site.secretKey, csv);
    expect(res.status).toBe(200);
    expect(res.headers.get("shinsa-errors")).toBe("2");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const [, ok, noId, badAmount] = rowsOf(new TextDecoder().decode(bytes));
    expect(ok?.at(-1)).toBe("");
    expect(noId?.slice(0, 3)).toEqual(["", "b@example.jp", "2000"]);
    expect(noId?.at(-1)).toBe("line 3: the order id (注文番号) is empty");
    expect(badAmount?.at(-1)).toContain('合計金額: "たくさん" is not a whole number');
  });

  it.each([
    ["an empty body", "", "text/csv", 400, "empty_csv"],
    ["a file with no order id column", "email\na@example.jp\n", "text/csv", 400, "unknown_csv_format"],
    ["JSON instead of CSV", "{}", "application/json", 415, "unsupported_media_type"],
  ])("refuses %s", async (_name, body, type, status, code) => {
    const site = await createTestSite(ctx);
    const res = await post(site.secretKey, body, type);
    expect(res.status).toBe(status);
    expect(await jsonOf(res)).toMatchObject({ error: { code } });
  });

  it("streams progress lines and then the same scored file when asked for NDJSON", async () => {
    const site = await createTestSite(ctx);
    const rows = Array.from({ length: 30 }, (_, i) => `N-${i},n${i}@example.jp,${1000 + i}`);
    const csv = `orderId,customer.email,amount\r\n${rows.join("\r\n")}\r\n`;
    const res = await post(site.secretKey, csv, "text/csv", { accept: "application/x-ndjson" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const lines = (await res.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const progress = lines.filter((l) => l.progress).map((l) => l.progress);
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.at(-1)).toEqual({ done: 30, total: 30 });
    for (const p of progress) expect(p.total === 0 || p.total === 30).toBe(true);
    const { result } = lines.at(-1);
    expect(result).toMatchObject({ format: "shinsa", rows: 30, orders: 30, errors: 0, encoding: "utf-8" });
    const file = Buffer.from(result.file, "base64").toString("utf8");
    expect(rowsOf(file)[0]?.slice(-5)).toEqual(["score", "decision", "reasons", "ringId", "error"]);
    expect(
      rowsOf(file)
        .slice(1, 31)
        .map((r) => r[0]),
    ).toEqual(rows.map((r) => r.split(",")[0]));
  });

  it("refuses a file it cannot read with a 400, not a stream, when NDJSON is asked for", async () => {
    const site = await createTestSite(ctx);
    const res = await post(site.secretKey, "email\na@example.jp\n", "text/csv", { accept: "application/x-ndjson" });
    expect(res.status).toBe(400);
    expect(await jsonOf(res)).toMatchObject({ error: { code: "unknown_csv_format" } });
  });

  it("refuses a file over 20 MB with 413 in the error shape", async () => {
    const site = await createTestSite(ctx);
    const res = await post(site.secretKey, `orderId\n${"x".repeat(20 * 1024 * 1024)}\n`);
    expect(res.status).toBe(413);
    expect(await jsonOf(res)).toMatchObject({ error: { code: "payload_too_large" } });
  });

  it("needs the secret key", async () => {
    const site = await createTestSite(ctx);
    expect((await post("", "orderId\nA\n")).status).toBe(401);
    expect((await post(site.publicKey, "orderId\nA\n")).status).toBe(401);
  });
});

describe("the streamed answer's last line", () => {
  const summary = {
    format: "shinsa",
    encoding: "utf-8",
    contentType: "text/csv; charset=utf-8",
    rows: 2,
    orders: 2,
    errors: 0,
  } as const;

  it.each([0, 1, 2, 3, 393_215, 393_216, 393_217, 1_000_001])(
    "carries a file of %i bytes whole, written piece by piece",
    async (size) => {
      const bytes = new Uint8Array(size).map((_, i) => (i * 31 + 7) % 256);
      const written: string[] = [];
      await writeResultLine({ write: async (text: string) => written.push(text) }, { ...summary, bytes });
      const text = written.join("");
      expect(text.endsWith("}\n")).toBe(true);
      const { result } = JSON.parse(text);
      expect(result).toEqual({ ...summary, file: Buffer.from(bytes).toString("base64") });
      if (size > 393_216) expect(written.length).toBeGreaterThan(3);
    },
  );
});
