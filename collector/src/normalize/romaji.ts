import { toHiragana, toRomaji } from "wanakana";
import { kanaKey } from "./kana.js";
import { getNameReadings } from "./name.js";

// Kunrei/Nihon-shiki and typing spellings of one sound, mapped to Hepburn. Order matters: the
// y-forms before the single syllables, and hu only where it is not part of shu/chu.
const SPELLINGS: readonly [RegExp, string][] = [
  // Katakana has one liquid, no v and no final ng, and writes ウェ/ウィ: a foreign name's kana
  // (リ ナ, ワン ウェイ, バン) against its Latin spelling (LI NA, WANG WEI, VAN). No Hepburn
  // spelling of a Japanese name has l, v, we/wi or a final ng, so Japanese names are untouched.
  [/l/g, "r"],
  [/v/g, "b"],
  [/w(?=[ei])/g, "u"],
  [/ng$/g, "n"],
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

/** `relative`: the holder carries the buyer's surname under another given name (a parent's or spouse's card). */
export type HolderMatch = "match" | "relative" | "mismatch" | "unknown";

function fitsEitherOrder(holder: string[], candidate: string): boolean {
  const joined = romajiTokens(candidate).join("");
  return joined === holder.join("") || joined === [...holder].reverse().join("");
}

const LATIN_NAME = /^[\s\p{Script=Latin}.'-]+$/u;

/**
 * The holder against one written name: the same person, a relative (the holder has the name's
 * surname: the first word of a Japanese reading, any word of a Latin name, whose order varies),
 * or someone else.
 */
function compareWith(holder: string[], candidate: string, latin: boolean): HolderMatch {
  if (fitsEitherOrder(holder, candidate)) return "match";
  const words = romajiTokens(candidate);
  const surnames = latin ? words : words.length > 1 ? words.slice(0, 1) : [];
  // A reading written without a space: the surname is where it starts.
  const joined = words.join("");
  const relative =
    holder.some((token) => surnames.includes(token)) ||
    (words.length === 1 && holder.some((token) => token.length >= 3 && joined.startsWith(token) && joined !== token));
  return relative ? "relative" : "mismatch";
}

/**
 * Whether a card holder name (TARO YAMADA, YAMADA TAROU) is the billing person, compared in
 * either order with a Latin-script name, the kana reading, or, for a kanji name alone, the
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
  // A name written in Latin letters is what the card carries; its katakana is a transcription
  // that adds and drops letters (マリア サントス, グエン for NGUYEN), so the name comes first.
  if (name && LATIN_NAME.test(name) && romajiTokens(name).length) return compareWith(holder, name, true);
  if (nameKana && romajiTokens(nameKana).length) return compareWith(holder, nameKana, false);
  if (!name) return "unknown";
  const readings = getNameReadings(name);
  if (readings.full.some((r) => fitsEitherOrder(holder, r))) return "match";
  if (!readings.surname.length) return "unknown";
  const surnames = readings.surname.map((r) => romajiKey(r));
  return holder.some((token) => surnames.includes(token)) ? "unknown" : "mismatch";
}
