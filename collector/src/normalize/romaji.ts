import { toHiragana, toRomaji } from "wanakana";
import { kanaKey } from "./kana.js";
import { getNameReadings } from "./name.js";

// Kunrei/Nihon-shiki and typing spellings of one sound, mapped to Hepburn. Order matters: the
// y-forms before the single syllables, and hu only where it is not part of shu/chu.
const SPELLINGS: readonly [RegExp, string][] = [
  [/sy(?=[auo])/g, "sh"],
  [/(?:ty|cy)(?=[auo])/g, "ch"],
  [/(?:zy|jy|dy)(?=[auo])/g, "j"],
  [/si/g, "shi"],
  [/ti/g, "chi"],
  [/tu/g, "tsu"],
  [/(?<![sc])hu/g, "fu"],
  [/[zd]i/g, "ji"],
  [/du/g, "zu"],
  [/tch/g, "cch"],
  [/wo/g, "o"],
  // Traditional Hepburn writes ン as m before b/m/p (HOMMA, NAMBA); cards use both.
  [/m(?=[bmp])/g, "n"],
  [/nn/g, "n"],
  // Passport Hepburn allows OH for a long o (OHTA), but OHASHI is O+HASHI: only before a consonant or the end.
  [/([ou])h(?![aeiouy])/g, "$1"],
  [/o[ou]/g, "o"],
  [/uu/g, "u"],
  [/aa/g, "a"],
  [/ii/g, "i"],
  [/ee/g, "e"],
];

function looseToken(token: string): string {
  let key = token;
  for (const [pattern, replacement] of SPELLINGS) key = key.replace(pattern, replacement);
  return key;
}

/**
 * A lossy romaji key per name part, so OHTA/OTA/OOTA/ŌTA, HOMMA/HONMA, SHI/SI, TSU/TU, CHI/TI,
 * JI/ZI, FU/HU and TAROU/TAROH/TARO compare equal. Kana input is romanised first. Parts stay in
 * the order written; use holderMatchesName to compare in either order.
 */
export function romajiTokens(text: string): string[] {
  const folded = text.normalize("NFKC");
  const latin = /[\u3040-\u30FF]/.test(folded)
    ? toRomaji(toHiragana(kanaKey(folded.replace(/\s+/g, "|")).replace(/\|/g, " "), { passRomaji: true }))
    : folded;
  return latin
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z\s]/g, "")
    .split(/\s+/)
    .filter((t) => t.length > 1)
    .map(looseToken);
}

/** romajiTokens joined by a space: a key for one spelling of a name, in its written order. */
export function romajiKey(text: string): string {
  return romajiTokens(text).join(" ");
}

export type HolderMatch = "match" | "mismatch" | "unknown";

function fitsEitherOrder(holder: string[], candidate: string): boolean {
  const joined = romajiTokens(candidate).join("");
  return joined === holder.join("") || joined === [...holder].reverse().join("");
}

const LATIN_NAME = /^[\s\p{Script=Latin}.'-]+$/u;

/**
 * Whether a card holder name (TARO YAMADA, YAMADA TAROU) is the billing person, compared in
 * either order with the kana reading, a Latin-script name, or, for a kanji name alone, the
 * readings in the table of common names. Given names have too many readings to refute, so a
 * kanji name is a `mismatch` only when no holder word is a reading of its surname.
 * `unknown` means "cannot judge" and must never count against the buyer.
 */
export function holderMatchesName(
  cardHolder: string | null | undefined,
  nameKana?: string | null,
  name?: string | null,
): HolderMatch {
  const holder = romajiTokens(cardHolder ?? "");
  if (!holder.length) return "unknown";
  if (nameKana && romajiTokens(nameKana).length) return fitsEitherOrder(holder, nameKana) ? "match" : "mismatch";
  if (!name) return "unknown";
  if (LATIN_NAME.test(name)) return fitsEitherOrder(holder, name) ? "match" : "mismatch";
  const readings = getNameReadings(name);
  if (readings.full.some((r) => fitsEitherOrder(holder, r))) return "match";
  if (!readings.surname.length) return "unknown";
  const surnames = readings.surname.map((r) => romajiKey(r));
  return holder.some((token) => surnames.includes(token)) ? "unknown" : "mismatch";
}
