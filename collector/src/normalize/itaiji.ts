/**
 * Old (旧字体) and variant (異体字) kanji folded to the form Japan Post and most forms use.
 * NFKC leaves these alone (髙 U+9AD9 and 﨑 U+FA11 survive it), so the same person or street
 * written with either form would otherwise produce two keys. Kept as data so it can grow.
 */
export const ITAIJI: Readonly<Record<string, string>> = {
  髙: "高",
  﨑: "崎",
  嵜: "崎",
  碕: "崎",
  邊: "辺",
  邉: "辺",
  齋: "斎",
  齊: "斎",
  斉: "斎",
  澤: "沢",
  廣: "広",
  濱: "浜",
  嶋: "島",
  嶌: "島",
  國: "国",
  櫻: "桜",
  德: "徳",
  惠: "恵",
  眞: "真",
  瀨: "瀬",
  黑: "黒",
  曾: "曽",
  冨: "富",
  栁: "柳",
  龍: "竜",
  淺: "浅",
  學: "学",
  榮: "栄",
  壽: "寿",
  實: "実",
  團: "団",
  關: "関",
  藏: "蔵",
  萬: "万",
  與: "与",
  條: "条",
  檜: "桧",
  槇: "槙",
  驒: "騨",
  舘: "館",
  峯: "峰",
  﨔: "欅",
};

// Ideographic variation selectors (U+FE00–FE0F, U+E0100–E01EF) mark glyph variants of one character.
const VARIATION_SELECTORS = /[\uFE00-\uFE0F]|\uDB40[\uDD00-\uDDEF]/g;
const ITAIJI_PATTERN = new RegExp(`[${Object.keys(ITAIJI).join("")}]`, "gu");

/** NFKC (full-width ASCII, half-width kana, U+3000), minus variation selectors, plus the itaiji table. */
export function foldCharacters(text: string): string {
  return text
    .normalize("NFKC")
    .replace(VARIATION_SELECTORS, "")
    .replace(ITAIJI_PATTERN, (ch) => ITAIJI[ch] ?? ch);
}
