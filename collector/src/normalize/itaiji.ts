import { createRequire } from "node:module";

/**
 * Old (旧字体) and variant (異体字) kanji, each with the more standard form it is one character
 * with: 髙→高, 﨑→崎, 邊/邉→辺, 齋→斎, 𠮷→吉, 濵→浜, 鷗 for 鴎, and some 19,000 more. NFKC leaves
 * these alone (髙 U+9AD9 and 﨑 U+FA11 survive it), so one registered name or one street written
 * with either form would otherwise give two keys.
 *
 * Generated from the IPA's MJ縮退マップ 1.2.0 by collector/scripts/generate-kanji-variants.ts, which says which
 * relations it keeps and why (CC BY-SA 2.1 JP; docs/normalization.md), and the one relation added
 * by hand: 斉 with 斎, one surname to the families who write it.
 */
const tables = createRequire(import.meta.url)("./data/kanji-variants.json") as {
  map: Record<string, string>;
  placeMap: Record<string, string>;
};
export const ITAIJI: Readonly<Record<string, string>> = tables.map;

// Ideographic variation selectors (U+FE00–FE0F, U+E0100–E01EF) mark glyph variants of one character.
const VARIATION_SELECTORS = /[\uFE00-\uFE0F]|\uDB40[\uDD00-\uDDEF]/g;
const VARIANTS = new Map(Object.entries(ITAIJI));
// Place names are also written with 俗字 and 略字 (藪/薮, 鰺/鯵, 檜/桧), which a name must keep.
const PLACE_VARIANTS = new Map([...VARIANTS, ...Object.entries(tables.placeMap)]);

// A loop rather than one regular expression over 19,000 characters (which cut address throughput
// to a third); it copies the text only when a character changes, as few do.
function foldVariants(text: string, variants: ReadonlyMap<string, string>): string {
  let out: string | null = null;
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x2e80) continue;
    const ch = code >= 0xd800 && code <= 0xdbff ? text.slice(i, i + 2) : (text[i] as string);
    const to = variants.get(ch);
    if (to !== undefined) {
      out = (out ?? "") + text.slice(copied, i) + to;
      copied = i + ch.length;
    }
    i += ch.length - 1;
  }
  return out === null ? text : out + text.slice(copied);
}

/** NFKC (full-width ASCII, half-width kana, U+3000), minus variation selectors, plus the variant table. */
export function foldCharacters(text: string): string {
  return foldVariants(text.normalize("NFKC").replace(VARIATION_SELECTORS, ""), VARIANTS);
}

/** foldCharacters for place names: also the 俗字 and 略字 of town and city names. */
export function foldPlaceCharacters(text: string): string {
  return foldVariants(text.normalize("NFKC").replace(VARIATION_SELECTORS, ""), PLACE_VARIANTS);
}
