import { parsePhoneNumberFromString } from "libphonenumber-js/max";

/**
 * `ip_phone` is 050 (VoIP: cheap, no identity check at sign-up); `toll_free` is 0120/0800;
 * `other` covers ナビダイヤル 0570, 020 pagers/M2M and numbers outside these classes.
 */
export type PhoneType = "mobile" | "ip_phone" | "toll_free" | "fixed" | "other" | "invalid";

export interface NormalizedPhone {
  /** +819012345678; null when the number is not a valid one. */
  e164: string | null;
  type: PhoneType;
  /** ISO country of the number, "JP" for domestic forms. */
  country: string | null;
}

const KANJI_DIGITS: Readonly<Record<string, string>> = {
  〇: "0",
  一: "1",
  二: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};

const TYPES: Readonly<Record<string, PhoneType>> = {
  MOBILE: "mobile",
  VOIP: "ip_phone",
  TOLL_FREE: "toll_free",
  FIXED_LINE: "fixed",
  FIXED_LINE_OR_MOBILE: "fixed",
};

/**
 * Parses a phone number as typed on a Japanese form (０９０－１２３４－５６７８, 090ー1234ー5678,
 * +81 (0)90…, 〇九〇…) to E.164 and its type. Kanji digits are read one by one so 〇九〇 keeps its
 * zero. Uses the "max" metadata: the default set accepts a 090 number one digit short.
 */
export function normalizePhone(raw: string | null | undefined): NormalizedPhone {
  const invalid: NormalizedPhone = { e164: null, type: "invalid", country: null };
  if (!raw?.trim()) return invalid;
  const text = raw
    .normalize("NFKC")
    .replace(/[〇一二三四五六七八九]/g, (ch) => KANJI_DIGITS[ch] ?? ch)
    .replace(/[ー‐‑‒–—―−]/g, "-");
  const parsed = parsePhoneNumberFromString(text, "JP");
  if (!parsed?.isValid()) return invalid;
  const type = parsed.getType();
  return { e164: parsed.number, type: (type && TYPES[type]) ?? "other", country: parsed.country ?? null };
}
