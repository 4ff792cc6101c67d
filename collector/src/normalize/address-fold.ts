import { foldCharacters } from "./itaiji.js";
import { replaceKanjiNumerals } from "./kanji-numeral.js";

// NFKC folds only U+FF0D, U+2011 and U+FF70; every other dash look-alike survives it.
const HYPHENS = /[‐‑‒–—―−﹣─━]/g;
const HAN = "\\p{Script=Han}々";
// ヶ/ケ/が are one particle in place names (霞ヶ関 / 霞ケ関 / 霞が関), as are 之/ノ/の (虎之門 / 虎ノ門 / 虎の門).
const GA_BETWEEN = new RegExp(`(?<=[${HAN}0-9\\p{Script=Hiragana}])[ケガが](?=[${HAN}])`, "gu");
const NO_BETWEEN = new RegExp(`(?<=[${HAN}0-9])[之ノの](?=[${HAN}])`, "gu");
const TSU_BETWEEN = new RegExp(`(?<=[${HAN}0-9])ッ(?=[${HAN}])`, "gu");

/**
 * Folds the spelling of an address so that its variants compare equal: width, itaiji, dashes,
 * kanji numerals, the long vowel mark or の/ノ/之 between numbers, and the particles inside place names.
 * Lossy on purpose (三田 becomes 3田); keep the raw text for display.
 */
export function foldAddressText(text: string): string {
  return replaceKanjiNumerals(foldCharacters(text).replace(HYPHENS, "-"))
    .replace(/(?<=\d)\s*[ー〜~]\s*(?=\d)/g, "-")
    .replace(/(?<=\d)[之ノの](?=\d)/g, "-")
    .replace(/[ヶ]/g, "ケ")
    .replace(/[ヵ]/g, "カ")
    .replace(GA_BETWEEN, "が")
    .replace(NO_BETWEEN, "の")
    .replace(TSU_BETWEEN, "ツ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Folded and without spaces: the form used to compare place names. */
export function placeKey(text: string): string {
  return foldAddressText(text).replace(/\s/g, "");
}

export interface BlockParse {
  /** 丁目-番-号 as numbers joined by "-", e.g. "1-2-3"; "" when the text has no number. */
  block: string;
  /** What follows the block: building, floor, room, or noise. */
  rest: string;
}

const NUMBER = /^\d+/;
const UNIT = /^(?:丁目|番地|番|号|地割|の|-)+/;

/**
 * Reads up to three numbers (丁目, 番/番地, 号) from the start of folded text, so 1-2-3,
 * 1丁目2番3号, 1丁目2番地の3 and 1丁目 2番 3号 all read as "1-2-3". A bare number followed
 * by a space ends the block: the space usually separates the building.
 */
export function parseBlock(folded: string): BlockParse {
  const numbers: number[] = [];
  let rest = folded.trimStart();
  let spaceAllowed = true;
  while (numbers.length < 3) {
    const candidate = spaceAllowed ? rest.trimStart() : rest;
    const num = NUMBER.exec(candidate);
    if (!num) break;
    numbers.push(Number(num[0]));
    rest = candidate.slice(num[0].length);
    if (numbers.length === 3) {
      rest = rest.replace(/^(?:番地|号)/, "");
      break;
    }
    const unit = UNIT.exec(rest);
    if (!unit) break;
    const next = rest.slice(unit[0].length);
    const kanjiUnit = /[丁番号地割]/.test(unit[0]);
    // A dash that leads nowhere ("2-3-A棟") belongs to what follows, not to the block.
    if (!kanjiUnit && !NUMBER.test(next)) break;
    rest = next;
    if (unit[0].endsWith("号")) break;
    spaceAllowed = kanjiUnit;
  }
  return { block: numbers.join("-"), rest: rest.trim() };
}
