import iconv from "iconv-lite";

/**
 * The encodings a cart export comes in. EC-CUBE 4 writes Windows-31J by default and UTF-8 (with
 * or without a BOM) when the shop switches it; we answer in the one we were sent, so the shop's
 * spreadsheet opens the answer exactly as it opened its own file.
 */
export type CsvEncoding = "utf-8" | "utf-8-bom" | "windows-31j";

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
  return undefined;
}

/**
 * Valid UTF-8 is almost never valid-looking Shift_JIS by accident once there is any Japanese in
 * it, and plain ASCII is the same in both, so "decodes as strict UTF-8" is a sound test.
 */
export function detectEncoding(bytes: Uint8Array): CsvEncoding {
  if (hasBom(bytes)) return "utf-8-bom";
  try {
    strictUtf8.decode(bytes);
    return "utf-8";
  } catch {
    return "windows-31j";
  }
}

export function decodeText(bytes: Uint8Array, hint?: CsvEncoding): { text: string; encoding: CsvEncoding } {
  let encoding = hint ?? detectEncoding(bytes);
  if (encoding === "utf-8" && hasBom(bytes)) encoding = "utf-8-bom";
  if (encoding === "windows-31j") return { text: iconv.decode(Buffer.from(bytes), "cp932"), encoding };
  const body = encoding === "utf-8-bom" ? bytes.subarray(3) : bytes;
  return { text: new TextDecoder("utf-8").decode(body), encoding };
}

/** Characters Windows-31J cannot hold (e.g. 𠮷) become `?`, as EC-CUBE itself writes them. */
export function encodeText(text: string, encoding: CsvEncoding): Uint8Array {
  if (encoding === "windows-31j") return new Uint8Array(iconv.encode(text, "cp932"));
  const body = new TextEncoder().encode(text);
  if (encoding === "utf-8") return body;
  const out = new Uint8Array(body.length + 3);
  out.set(BOM);
  out.set(body, 3);
  return out;
}

export function contentTypeFor(encoding: CsvEncoding): string {
  return encoding === "windows-31j" ? "text/csv; charset=Shift_JIS" : "text/csv; charset=utf-8";
}
