const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  壱: 1,
  二: 2,
  弐: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 千: 1000 };
const RUN = /[〇零一壱二弐三四五六七八九十拾百千]+/g;

/**
 * Reads one run of kanji numerals. Runs with 十/百/千 are read as quantities (二十三 → 23);
 * runs without them digit by digit, so 二〇一 → "201" and a phone-style 〇九〇 keeps its zero.
 */
export function kanjiNumeralToDigits(run: string): string {
  if (!/[十拾百千]/.test(run)) {
    return [...run].map((ch) => String(DIGITS[ch] ?? ch)).join("");
  }
  let total = 0;
  let current = 0;
  for (const ch of run) {
    const unit = UNITS[ch];
    if (unit === undefined) {
      current = current * 10 + (DIGITS[ch] ?? 0);
    } else {
      total += (current || 1) * unit;
      current = 0;
    }
  }
  return String(total + current);
}

// Only runs in a numbering position are read, so place names such as 千代田, 三田 or 八丁堀 stay words.
// 丁 alone counts when a number follows (堺市 二丁四番), so 八丁堀 stays a name.
const BEFORE_UNIT = /^(?:丁目|丁(?=[\d〇一二三四五六七八九十])|番|号|条|線|地割|階|の|ノ|之|丿|-|\s|$)/;
const AFTER_UNIT = /(?:丁目|番地|番|号|-|の|ノ|之|丿|\d)$/;

/** Replaces runs of kanji numerals that stand for a number (一丁目, 十二番, 二〇一号室) with ASCII digits. */
export function replaceKanjiNumerals(text: string): string {
  return text.replace(RUN, (run: string, offset: number) => {
    const after = text.slice(offset + run.length);
    const before = text.slice(0, offset);
    if (!BEFORE_UNIT.test(after) && !AFTER_UNIT.test(before)) return run;
    // Straight after an Arabic number (1-3一番館) a kanji number starts a new word: keep them apart.
    return /\d$/.test(before) ? ` ${kanjiNumeralToDigits(run)}` : kanjiNumeralToDigits(run);
  });
}
