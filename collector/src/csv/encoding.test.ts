import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeText, decodeTextYielding, detectEncoding, encodeText, encodingFromCharset } from "./encoding.js";

const sjis = (s: string) => new Uint8Array(iconv.encode(s, "cp932"));
const eucJp = (s: string) => new Uint8Array(iconv.encode(s, "euc-jp"));
const utf8 = (s: string) => new TextEncoder().encode(s);
const withBom = (s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)]);

describe("detectEncoding", () => {
  it.each([
    ["plain ASCII as UTF-8", utf8("orderId,amount\nA-1,100\n"), "utf-8"],
    ["Japanese UTF-8 without a BOM as UTF-8", utf8("注文番号,住所\n1,東京都\n"), "utf-8"],
    ["UTF-8 with a BOM as UTF-8 with a BOM", withBom("注文番号\n1\n"), "utf-8-bom"],
    ["Shift_JIS as Windows-31J", sjis("注文番号,住所\n1,東京都千代田区\n"), "windows-31j"],
    ["Shift_JIS whose second byte is 0x5C (ソ, 表) as Windows-31J", sjis("ソファ,表\n"), "windows-31j"],
    ["CP932-only characters (①, ㈱, 髙) as Windows-31J", sjis("①㈱髙\n"), "windows-31j"],
    ["half-width katakana in Shift_JIS as Windows-31J", sjis("ﾔﾏﾀﾞ ﾀﾛｳ\n"), "windows-31j"],
    ["EUC-JP (old Unix carts) as EUC-JP, not as Shift_JIS", eucJp("注文番号,住所\n1,東京都千代田区\n"), "euc-jp"],
  ])("reads %s", (_name, bytes, expected) => {
    expect(detectEncoding(bytes)).toBe(expected);
  });
});

describe("detectEncoding on a long file", () => {
  // Over a MB: the first MB is read alone, and it must end on a line, not inside a character.
  const long = (encode: (s: string) => Uint8Array, line: string) =>
    encode(line.repeat(Math.ceil(1_200_000 / line.length)));

  it.each([
    ["Shift_JIS", sjis, "windows-31j"],
    ["EUC-JP", eucJp, "euc-jp"],
  ] as const)("reads a long %s file as what it is, wherever the first MB ends", (_name, encode, expected) => {
    // Three paddings move the MB's end to each byte of a line of two-byte characters.
    for (const pad of ["", "a", "ab"])
      expect(detectEncoding(long(encode, `${pad}1,山田 太郎,東京都千代田区ソ\n`))).toBe(expected);
  });

  it("reads a file whose first MB is ASCII alone by the whole file", () => {
    const ascii = "1,2,3\n".repeat(200_000);
    expect(detectEncoding(sjis(`${ascii}4,山田 太郎,東京都\n`))).toBe("windows-31j");
  });
});

describe("decodeText and encodeText", () => {
  it("refuses bytes that are in no encoding it reads, rather than reading them into mojibake", () => {
    const utf16 = new Uint8Array(Buffer.from("注文番号,住所\n", "utf16le"));
    expect(() => decodeText(utf16)).toThrow(/UTF-8, Shift_JIS \(Windows-31J\) or EUC-JP/);
  });

  it.each([
    ["utf-8", "注文番号,お名前\r\n1,山田 太郎\r\n"],
    ["utf-8-bom", "注文番号,お名前\n1,髙橋 ①\n"],
    ["windows-31j", "注文番号,商品名\n1,ソファ 十字 表\n"],
    ["euc-jp", "注文番号,お名前\n1,山田 太郎\n"],
  ] as const)("round-trips %s byte for byte", (encoding, text) => {
    const bytes = encodeText(text, encoding);
    const decoded = decodeText(bytes);
    expect(decoded).toEqual({ text, encoding });
    expect(encodeText(decoded.text, decoded.encoding)).toEqual(bytes);
  });

  it("drops the BOM from the text and puts it back on the answer", () => {
    const { text, encoding } = decodeText(withBom("a,b\n"));
    expect(text).toBe("a,b\n");
    expect(Array.from(encodeText(text, encoding).subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("writes characters Windows-31J cannot hold as ?, as EC-CUBE does", () => {
    expect(decodeText(encodeText("𠮷野家", "windows-31j")).text).toBe("?野家");
  });

  it("follows a charset hint over what the bytes suggest", () => {
    expect(decodeText(sjis("abc"), "windows-31j").encoding).toBe("windows-31j");
  });
});

describe("decodeTextYielding", () => {
  const ENCODINGS = ["utf-8", "utf-8-bom", "windows-31j", "euc-jp"] as const;
  // Characters of one, two, three and four UTF-8 bytes and one and two Shift_JIS/EUC-JP bytes, so
  // that slices of a few bytes cut through characters in every encoding.
  const text = fc.string({ unit: fc.constantFrom("a", ",", "\n", "ｱ", "髙", "注", "文", "①", "é") });

  it("reads any file as decodeText does, however its slices cut through its characters", async () => {
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.constantFrom(...ENCODINGS),
        fc.integer({ min: 1, max: 9 }),
        async (t, encoding, slice) => {
          const bytes = encodeText(t, encoding);
          expect(await decodeTextYielding(bytes, undefined, async () => {}, slice)).toEqual(decodeText(bytes));
        },
      ),
      { numRuns: 400 },
    );
  });

  it.each(ENCODINGS)("gives way between slices of a long %s file", async (encoding) => {
    const bytes = encodeText("注文番号,お名前\n1,髙橋 ①\n".repeat(50), encoding);
    let pauses = 0;
    await decodeTextYielding(bytes, undefined, async () => void pauses++, 64);
    expect(pauses).toBeGreaterThanOrEqual(Math.ceil((bytes.length - 3) / 64) - 1);
  });

  it("follows a charset hint as decodeText does", async () => {
    const pause = async () => {};
    expect(await decodeTextYielding(sjis("注文"), "windows-31j", pause, 3)).toEqual(
      decodeText(sjis("注文"), "windows-31j"),
    );
  });

  it("refuses bytes in no encoding it reads, as decodeText does", async () => {
    const utf16 = new Uint8Array(Buffer.from("注文番号,住所\n", "utf16le"));
    await expect(decodeTextYielding(utf16, undefined, async () => {}, 4)).rejects.toThrow(/UTF-8, Shift_JIS/);
  });
});

describe("encodingFromCharset", () => {
  it.each([
    ["EUC-JP", "euc-jp"],
    ["utf-8", "utf-8"],
    ["UTF8", "utf-8"],
    ["Shift_JIS", "windows-31j"],
    ['"windows-31j"', "windows-31j"],
    ["CP932", "windows-31j"],
    ["latin1", undefined],
    [undefined, undefined],
  ])("maps charset=%s to %s", (charset, expected) => {
    expect(encodingFromCharset(charset)).toBe(expected);
  });
});
