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
const DETECT_PREFIX_BYTES = 1 << 20;

/**
 * The whole lines within the first MB. A cut through a two-byte character reads as no Japanese
 * encoding at all (encoding-japanese answered "UNICODE" for such a cut), and a line feed is never
 * part of one in Shift_JIS or EUC-JP.
 */
function firstLines(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= DETECT_PREFIX_BYTES) return bytes;
  const end = bytes.lastIndexOf(0x0a, DETECT_PREFIX_BYTES);
  return end < 0 ? bytes : bytes.subarray(0, end + 1);
}

function japaneseEncodingOf(bytes: Uint8Array): CsvEncoding | null {
  const found = Encoding.detect(bytes);
  if (found === "SJIS") return "windows-31j";
  if (found === "EUCJP") return "euc-jp";
  return null;
}

export function detectEncoding(bytes: Uint8Array): CsvEncoding | null {
  if (hasBom(bytes)) return "utf-8-bom";
  try {
    strictUtf8.decode(bytes);
    return "utf-8";
  } catch {
    return detectNotUtf8(bytes);
  }
}

/** Shift_JIS or EUC-JP, for bytes already found not to be UTF-8. */
function detectNotUtf8(bytes: Uint8Array): CsvEncoding | null {
  // The first MB settles it for any file with Japanese in it (6 ms; the whole of a 14 MB file is
  // 70 ms in one piece); a first MB that says nothing (ASCII alone) sends it to the whole file.
  return japaneseEncodingOf(firstLines(bytes)) ?? japaneseEncodingOf(bytes);
}

export function decodeText(bytes: Uint8Array, hint?: CsvEncoding): { text: string; encoding: CsvEncoding } {
  const encoding = chosenEncoding(bytes, hint);
  return { text: decoderOf(encoding)(bodyOf(bytes, encoding), true), encoding };
}

/** Bytes decoded between two yields: a few ms of work. */
const SLICE_BYTES = 512 * 1024;

/**
 * `decodeText` a slice at a time, giving way to the event loop between slices: a 15 MB export
 * decoded in one piece (checked as UTF-8, then decoded again) held every other request ~0.1 s.
 * A file with no hint and no BOM is decoded as strict UTF-8 on the way, which is also the check;
 * only when that fails are the bytes looked at for Shift_JIS or EUC-JP.
 */
export async function decodeTextYielding(
  bytes: Uint8Array,
  hint: CsvEncoding | undefined,
  pause: () => Promise<void>,
  sliceBytes = SLICE_BYTES,
): Promise<{ text: string; encoding: CsvEncoding }> {
  let detect = detectEncoding;
  if (hint === undefined && !hasBom(bytes)) {
    const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    try {
      return {
        text: await inSlices(bytes, (slice, last) => strict.decode(slice, { stream: !last }), pause, sliceBytes),
        encoding: "utf-8",
      };
    } catch (err) {
      // TextDecoder's way of saying "not UTF-8"; the bytes are looked at below, without trying
      // UTF-8 again (in one piece, over the whole file when the bad byte comes late).
      if (!(err instanceof TypeError)) throw err;
      detect = detectNotUtf8;
    }
  }
  const encoding = chosenEncoding(bytes, hint, detect);
  return { text: await inSlices(bodyOf(bytes, encoding), decoderOf(encoding), pause, sliceBytes), encoding };
}

async function inSlices(
  bytes: Uint8Array,
  decode: Decode,
  pause: () => Promise<void>,
  sliceBytes: number,
): Promise<string> {
  const parts: string[] = [];
  for (let at = 0; ; at += sliceBytes) {
    const last = at + sliceBytes >= bytes.length;
    parts.push(decode(bytes.subarray(at, at + sliceBytes), last));
    if (last) return parts.join("");
    await pause();
  }
}

/** Decodes the next slice of one text; `last` flushes what a character cut across slices left. */
type Decode = (slice: Uint8Array, last: boolean) => string;

function decoderOf(encoding: CsvEncoding): Decode {
  if (encoding === "windows-31j" || encoding === "euc-jp") {
    const decoder = iconv.getDecoder(encoding === "windows-31j" ? "cp932" : "euc-jp");
    return (slice, last) => decoder.write(Buffer.from(slice)) + (last ? (decoder.end() ?? "") : "");
  }
  const decoder = new TextDecoder("utf-8");
  return (slice, last) => decoder.decode(slice, { stream: !last });
}

const bodyOf = (bytes: Uint8Array, encoding: CsvEncoding) => (encoding === "utf-8-bom" ? bytes.subarray(3) : bytes);

function chosenEncoding(
  bytes: Uint8Array,
  hint: CsvEncoding | undefined,
  detect: (bytes: Uint8Array) => CsvEncoding | null = detectEncoding,
): CsvEncoding {
  const encoding = hint ?? detect(bytes);
  if (encoding === null) {
    throw new CsvImportError(
      "unknown_encoding",
      "the file is not text in UTF-8, Shift_JIS (Windows-31J) or EUC-JP; save it as CSV in one of those",
    );
  }
  return encoding === "utf-8" && hasBom(bytes) ? "utf-8-bom" : encoding;
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
