import { foldPlaceCharacters } from "./itaiji.js";
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
  // 一 between two Arabic numbers is a dash typed with the wrong key: nobody writes 3 then 一 for 31.
  // 一町目 and 一丁目 are written for one another (上尾市).
  const dashed = foldPlaceCharacters(text)
    .replace(HYPHENS, "-")
    .replace(/(?<=\d)一(?=\d)/g, "-")
    .replace(/(?<=[\d〇一二三四五六七八九十壱弐])町目/g, "丁目");
  return (
    replaceKanjiNumerals(dashed)
      .replace(/(?<=\d)\s*[ー〜~]\s*(?=\d)/g, "-")
      // A lettered branch (14ーイ22, 14ーA22) is joined by a dash like any other.
      .replace(/(?<=\d)\s*ー\s*(?=[イロハニホヘトA-Z]\d)/g, "-")
      // 七番町 and 七番丁 are written for one another (和歌山市 七番丁, 富山市 三番町).
      .replace(/(?<=\d番)町/g, "丁")
      // 丿 (U+4E3F) is typed for ノ: 壱丿3.
      .replace(/(?<=\d)[之ノの丿](?=\d)/g, "-")
      .replace(/[ヶ]/g, "ケ")
      .replace(/[ヵ]/g, "カ")
      .replace(GA_BETWEEN, "が")
      .replace(NO_BETWEEN, "の")
      .replace(TSU_BETWEEN, "ツ")
      .replace(/\s+/g, " ")
      .trim()
  );
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
// After a dash, a branch may lead with a letter: 14-イ22, 14-A22 (町田市 木曽東).
const BRANCH = /^(?:[イロハニホヘトA-Z]\d+|\d+)/;
// 丁 alone is 堺市's 丁目 (宿屋町西3丁1番2号); の町 and 番丁 (番町) are 新潟's 礎町通1ノ町, 上大川前通11番町.
const UNIT = /^(?:丁目|丁|番地|番|号|地割|の町|の|-)+/;
// A number followed by these is a floor, a room or a building of a 団地, not part of the block.
// So is one with a single letter straight after it (301C, 101A): a room, where ABC of 1ABCビル is a name.
const NOT_BLOCK = /^\s*(?:階|F(?![A-Z])|号室|室|号棟|号館|番館|棟)|^[A-Z](?![A-Z])/;

/**
 * Reads the block from the start of folded text: 丁目, 番/番地, 号 and, after an explicit 丁目, a
 * branch number (6番23-2), so 1-2-3, 1丁目2番3号, 1丁目2番地の3 and 1丁目 2番 3号 all read as
 * "1-2-3". A bare number after a space ends the block (the space usually separates the
 * building), and so does a number that names a floor, a room or a 号棟.
 */
export function parseBlock(folded: string): BlockParse {
  const numbers: string[] = [];
  let rest = folded.trimStart();
  let spaceAllowed = true;
  let afterDash = false;
  let chome = false;
  // A block may lead with a letter (上町A-5, 上町C-3): it is the first number.
  const letter = /^([A-Z])-(?=\d)/.exec(rest);
  if (letter?.[1]) {
    numbers.push(letter[1]);
    rest = rest.slice(letter[0].length);
    spaceAllowed = false;
  }
  while (numbers.length < 4) {
    const candidate = spaceAllowed ? rest.trimStart() : rest;
    const num = (afterDash ? BRANCH : NUMBER).exec(candidate);
    if (!num) break;
    const after = candidate.slice(num[0].length);
    if (NOT_BLOCK.test(after)) break;
    // A fourth number is a branch only after a written 丁目, and short: 1-3-1-101 ends in a room.
    if (numbers.length === 3 && (!chome || num[0].length > 2)) break;
    numbers.push(num[0].replace(/^0+(?=\d)/, ""));
    rest = after;
    if (numbers.length === 4 || (numbers.length === 3 && !chome)) {
      rest = rest.replace(/^(?:番地|号)/, "");
      break;
    }
    const unit = UNIT.exec(rest);
    if (!unit) break;
    const next = rest.slice(unit[0].length);
    const kanjiUnit = /[丁番号地割]/.test(unit[0]);
    if (numbers.length === 1 && unit[0].startsWith("丁")) chome = true;
    // A dash that leads nowhere ("2-3-A棟") belongs to what follows, not to the block.
    if (!kanjiUnit && !BRANCH.test(next)) break;
    rest = next;
    if (unit[0].endsWith("号")) break;
    spaceAllowed = kanjiUnit;
    afterDash = !kanjiUnit;
  }
  return { block: numbers.join("-"), rest: rest.trim() };
}
