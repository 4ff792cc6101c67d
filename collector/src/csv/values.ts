// Cells as shops type them, read into the wire's types. A value that cannot be read is an error
// for its row, with the text we saw, never a silent zero.

export type Read<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = (error: string): Read<never> => ({ ok: false, error });

/**
 * Yen as integers: `98000`, `98,000`, `¥98,000`, `98000円`, full-width digits, and EC-CUBE's
 * `4280.00`. A fraction that is not zero is refused: JPY has no minor unit, and rounding it
 * would hide a broken export.
 */
export function readInteger(column: string, text: string): Read<number> {
  const folded = text
    .normalize("NFKC")
    .replace(/^[¥\\]|円$/g, "")
    .replaceAll(",", "")
    .trim();
  const match = /^(-?\d+)(?:\.(\d+))?$/.exec(folded);
  if (!match || /[1-9]/.test(match[2] ?? "")) {
    return fail(`${column}: "${text}" is not a whole number (e.g. 98000)`);
  }
  const value = Number(match[1]);
  if (!Number.isSafeInteger(value) || value < 0) return fail(`${column}: "${text}" is out of range`);
  return ok(value);
}

/** A decimal price such as EC-CUBE's `4280.00`, for computing tax before rounding to yen. */
export function readDecimal(column: string, text: string): Read<number> {
  const folded = text.normalize("NFKC").replaceAll(",", "").trim();
  if (!/^\d+(\.\d+)?$/.test(folded)) return fail(`${column}: "${text}" is not a number (e.g. 4280.00)`);
  return ok(Number(folded));
}

/**
 * ISO-8601 with an offset is taken as it is. A local date-time (`2026-11-24 10:00:00`,
 * `2026/11/24 10:00`), which is what carts export, is Japan time: carts in Japan store JST and
 * write no offset.
 */
export function readTimeJst(column: string, text: string): Read<string> {
  const folded = text.normalize("NFKC").trim();
  if (/[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(folded) && !Number.isNaN(Date.parse(folded))) {
    return ok(folded);
  }
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(folded);
  if (!m) return fail(`${column}: "${text}" is not a date (e.g. 2026-11-24 10:00:00)`);
  const pad = (s: string | undefined) => (s ?? "0").padStart(2, "0");
  const iso = `${m[1]}-${pad(m[2])}-${pad(m[3])}T${pad(m[4])}:${pad(m[5])}:${pad(m[6])}+09:00`;
  const date = new Date(iso);
  // Date.parse rolls 2026-02-30 over into March; a date that does not round-trip is not a date.
  if (Number.isNaN(date.getTime()) || new Date(date.getTime() + 9 * 3_600_000).getUTCDate() !== Number(m[3])) {
    return fail(`${column}: "${text}" is not a real date`);
  }
  return ok(iso);
}
