import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCell, formatRow, parseCsv, parseCsvYielding } from "./csv.js";

const cellsOf = (text: string) => parseCsv(text).records.map((r) => r.cells);

describe("parseCsv", () => {
  it.each([
    [
      "splits plain cells",
      "a,b,c\n1,2,3\n",
      [
        ["a", "b", "c"],
        ["1", "2", "3"],
      ],
    ],
    [
      "reads CRLF line ends",
      "a,b\r\n1,2\r\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "reads a last line without a line end",
      "a,b\n1,2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    ["keeps empty cells, also at the end", "a,,c,\n", [["a", "", "c", ""]]],
    ["unquotes a cell with a comma", 'a,"b,c"\n', [["a", "b,c"]]],
    ["turns a doubled quote into one", '"say ""hi""",x\n', [['say "hi"', "x"]]],
    ["keeps a newline inside quotes", '"1-2-3\nRoom 4",x\n', [["1-2-3\nRoom 4", "x"]]],
    ["keeps a CRLF inside quotes", '"a\r\nb",x\r\n', [["a\r\nb", "x"]]],
    ["keeps a stray quote inside an unquoted cell", 'a 5" disk,x\n', [['a 5" disk', "x"]]],
    ["keeps Shift_JIS 0x5C characters once decoded", "ソファ,表示\n", [["ソファ", "表示"]]],
    [
      "keeps a header that appears twice, by position",
      "送料,合計,送料\n500,1500,\n",
      [
        ["送料", "合計", "送料"],
        ["500", "1500", ""],
      ],
    ],
    ["reads an empty file as no records", "", []],
  ])("%s", (_name, text, expected) => {
    expect(cellsOf(text)).toEqual(expected);
  });

  it("remembers each record's source text and starting line", () => {
    const { records } = parseCsv('h1,h2\n"multi\nline",x\nlast,"q"\n');
    expect(records.map((r) => [r.raw, r.line])).toEqual([
      ["h1,h2", 1],
      ['"multi\nline",x', 2],
      ['last,"q"', 4],
    ]);
  });

  it.each([
    ["a\r\nb\r\n", "\r\n", true],
    ["a\nb", "\n", false],
    ["a", "\n", false],
  ] as const)("finds the line end and final newline of %j", (text, lineEnding, endsWithNewline) => {
    expect(parseCsv(text)).toMatchObject({ lineEnding, endsWithNewline });
  });
});

describe("parseCsvYielding", () => {
  // Quotes, doubled quotes, CR, LF and commas, so that slices end inside quoted cells, between a
  // CR and its LF, and on every kind of character.
  const text = fc.string({ unit: fc.constantFrom("a", "あ", ",", '"', '""', "\r", "\n", "\r\n") });

  it("reads any text as parseCsv does, wherever its slices end", async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.integer({ min: 1, max: 7 }), async (t, slice) => {
        expect(await parseCsvYielding(t, async () => {}, slice)).toEqual(parseCsv(t));
      }),
      { numRuns: 1000 },
    );
  });

  it("gives way between slices of a long file", async () => {
    const file = `id,name\n${Array.from({ length: 200 }, (_, i) => `${i},"山田, 太郎"`).join("\n")}\n`;
    let pauses = 0;
    const table = await parseCsvYielding(file, async () => void pauses++, 100);
    expect(table).toEqual(parseCsv(file));
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(file.length / 100) - 1);
  });
});

describe("formatCell", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['5" disk', '"5"" disk"'],
    ["two\nlines", '"two\nlines"'],
    [" padded", '" padded"'],
    ["", ""],
    ["山田 太郎", "山田 太郎"],
  ])("writes %j as %j", (value, expected) => {
    expect(formatCell(value)).toBe(expected);
  });

  it("writes a row that parses back to the same cells", () => {
    const cells = ["A-1", "a,b", 'q"q', "x\ny", ""];
    expect(cellsOf(`${formatRow(cells)}\n`)).toEqual([cells]);
  });
});
