const HIRAGANA = /[\u3041-\u3096\u309D\u309E]/g;
const OBSOLETE: Readonly<Record<string, string>> = { ヰ: "イ", ヱ: "エ", ヲ: "オ" };
const SMALL = "ァィゥェォッャュョヮヵヶ";
const LARGE = "アイウエオツヤユヨワカケ";
const VOICED_OBSCURE: Readonly<Record<string, string>> = { ヴ: "ブ", ヂ: "ジ", ヅ: "ズ" };

const ROWS: readonly [vowel: string, kana: string][] = [
  ["a", "アカガサザタダナハバパマヤラワァャヮ"],
  ["i", "イキギシジチヂニヒビピミリィ"],
  ["u", "ウクグスズツヅヌフブプムユルゥュヴ"],
  ["e", "エケゲセゼテデネヘベペメレェ"],
  ["o", "オコゴソゾトドノホボポモヨロヲォョ"],
];
const VOWEL_OF = new Map<string, string>(ROWS.flatMap(([vowel, kana]) => [...kana].map((k) => [k, vowel])));
// Which kana, after a syllable ending in this vowel, only lengthen it: タロウ = タロー = タロ, ユウキ = ユーキ = ユキ.
// イ and ア are left alone: ハシ+イチロウ (橋一郎) and ナカ+アキ meet at name-part boundaries far more often.
const LENGTHENERS: Readonly<Record<string, string>> = { a: "ー", i: "ー", u: "ウー", e: "ー", o: "ウオー" };

/**
 * Katakana with no spaces: half-width katakana, hiragana and full-width letters fold together,
 * so ヤマダ タロウ, ﾔﾏﾀﾞ ﾀﾛｳ and やまだ　たろう give one key. Keeps long vowels and small kana.
 */
export function kanaKey(text: string): string {
  return text
    .normalize("NFKC")
    .replace(HIRAGANA, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60))
    .replace(/[ヰヱ]/g, (ch) => OBSOLETE[ch] ?? ch)
    .replace(/[\s・･.,、。]/g, "");
}

/**
 * A looser key for readings typed by hand: long vowels in any spelling (ウ, オ, ー) dropped,
 * small kana made large, ヴ/ヂ/ヅ/ヲ merged with ブ/ジ/ズ/オ. Lossy on purpose (大野 and 小野 meet):
 * use it to compare readings, never as an identity.
 */
export function looseKanaKey(text: string): string {
  let out = "";
  let vowel = "";
  for (const raw of kanaKey(text)) {
    const small = SMALL.indexOf(raw);
    const ch = VOICED_OBSCURE[raw] ?? OBSOLETE[raw] ?? (small >= 0 ? (LARGE[small] ?? raw) : raw);
    // Only one lengthener per syllable, so that オオウチ (大内) keeps its ウ as 大+内 read apart would.
    if (vowel && (LENGTHENERS[vowel] ?? "").includes(raw)) {
      vowel = "";
      continue;
    }
    // After ャ/ュ/ョ the syllable's vowel is theirs, so look up the small form before folding it.
    vowel = VOWEL_OF.get(raw) ?? "";
    out += ch;
  }
  return out;
}

/** True when the text is only kana (either script, either width), spaces and long vowel marks. */
export function isKanaOnly(text: string): boolean {
  const key = kanaKey(text);
  return key.length > 0 && /^[\u30A1-\u30FAー]+$/.test(key);
}
