import Encoding from "encoding-japanese";
import iconv from "iconv-lite";
import { CsvImportError } from "./csv-import-error.js";

/**
 * The encodings a cart export comes in. EC-CUBE 4 writes Windows-31J by default and UTF-8 (with
 * or without a BOM) when the shop switches it; older carts on Unix hosts write EUC-JP. We answer in
 * the one we were sent, so the shop's spreadsheet opens the answer exactly as it opened its own file.
 */
export type CsvEncoding = "utf-8" | "utf-8-bom" | "windows-31j" | "euc-jp";

const BOM = [0xef, 0xbb, 0xbf];
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

const hasBom = (bytes: Uint8Array) => BOM.every((b, i) => bytes[i] === b);

/** Maps a `charset=` parameter to an encoding we speak; undefined means "look at the bytes". */
export function encodingFromCharset(charset: string | undefined): CsvEncoding | undefined {
  const name = charset?.trim().toLowerCase().replace(/^"|"$/g, "");
  if (!name) return undefined;
  if (name === "utf-8" || name === "utf8") return "utf-8";
  // IANA registers Windows-31J separately, but every cart that says Shift_JIS means CP932 in practice.
  if (["shift_jis", "shift-jis", "sjis", "windows-31j", "cp932", "ms932", "sjis-win"].includes(name)) {
    return "windows-31j";
  }
  if (["euc-jp", "eucjp", "x-euc-jp"].includes(name)) return "euc-jp";
  return undefined;
}

/**
 * Valid UTF-8 is almost never valid-looking Shift_JIS or EUC-JP by accident once there is any
 * Japanese in it, and plain ASCII is the same in all three, so strict UTF-8 is tried first. Shift_JIS
 * and EUC-JP are told apart by encoding-japanese, which checks each one's byte ranges: kanji in
 * Shift_JIS lead with bytes EUC-JP never uses. Anything else (UTF-16, a spreadsheet, a zip) is null.
 */
export function detectEncoding(bytes: Uint8Array): CsvEncoding | null {
  if (hasBom(bytes)) return "utf-8-bom";
  try {
    strictUtf8.decode(bytes);
    return "utf-8";
  } catch {
    const found = Encoding.detect(bytes);
    if (found === "SJIS") return "windows-31j";
    if (found === "EUCJP") return "euc-jp";
    return null;
  }
}

export function decodeText(bytes: Uint8Array, hint?: CsvEncoding): { text: string; encoding: CsvEncoding } {
  let encoding = hint ?? detectEncoding(bytes);
  if (encoding === null) {
    throw new CsvImportError(
      "unknown_encoding",
      "the file is not text in UTF-8, Shift_JIS (Windows-31J) or EUC-JP; save it as CSV in one of those",
    );
  }
  if (encoding === "utf-8" && hasBom(bytes)) encoding = "utf-8-bom";
  if (encoding === "windows-31j") return { text: iconv.decode(Buffer.from(bytes), "cp932"), encoding };
  if (encoding === "euc-jp") return { text: iconv.decode(Buffer.from(bytes), "euc-jp"), encoding };
  const body = encoding === "utf-8-bom" ? bytes.subarray(3) : bytes;
  return { text: new TextDecoder("utf-8").decode(body), encoding };
}

/** Characters Windows-31J cannot hold (e.g. 𠮷) become `?`, as EC-CUBE itself writes them. */
export function encodeText(text: string, encoding: CsvEncoding): Uint8Array {
  if (encoding === "windows-31j") return new Uint8Array(iconv.encode(text, "cp932"));
  if (encoding === "euc-jp") return new Uint8Array(iconv.encode(text, "euc-jp"));
  const body = new TextEncoder().encode(text);
  if (encoding === "utf-8") return body;
  const out = new Uint8Array(body.length + 3);
  out.set(BOM);
  out.set(body, 3);
  return out;
}

export function contentTypeFor(encoding: CsvEncoding): string {
  if (encoding === "windows-31j") return "text/csv; charset=Shift_JIS";
  return encoding === "euc-jp" ? "text/csv; charset=EUC-JP" : "text/csv; charset=utf-8";
}
