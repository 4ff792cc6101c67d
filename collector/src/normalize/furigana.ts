import { isKanaOnly, looseKanaKey } from "./kana.js";
import { nameKey, splitName } from "./name.js";
import { GIVEN_NAME_READINGS, KANJI_READINGS, SURNAME_READINGS } from "./name-readings.js";

/**
 * How well a furigana (reading) fits a kanji name:
 * - `dictionary`: the whole name is in the table of common names with this reading (or is kana);
 * - `per_character`: it fits readings of its characters (rendaku and sokuon allowed);
 * - `no_fit`: no known reading fits;
 * - `unknown`: a character or the reading could not be judged. Never counts as fraud.
 */
export type FuriganaFit = "dictionary" | "per_character" | "no_fit" | "unknown";

const COST_CHARACTER = 1;
const KANA_RUN = /^[\u3041-\u309F\u30A0-\u30FFー]+/;
const RENDAKU: Readonly<Record<string, string>> = Object.fromEntries(
  [..."かきくけこさしすせそたちつてとはひふへほ"].map((ch) => [ch, String.fromCharCode(ch.charCodeAt(0) + 1)]),
);
const HANDAKU: Readonly<Record<string, string>> = Object.fromEntries(
  [..."はひふへほ"].map((ch) => [ch, String.fromCharCode(ch.charCodeAt(0) + 2)]),
);

// Readings of one kanji in context: voiced after another character (山崎 やまざき), geminated
// before one (一輝 いっき), and 々 repeating the previous kanji (佐々木).
function characterReadings(name: string, i: number): string[] {
  const ch = name[i] ?? "";
  const base = ch === "々" ? (KANJI_READINGS.get(name[i - 1] ?? "") ?? []) : (KANJI_READINGS.get(ch) ?? []);
  const out = new Set(base);
  for (const r of base) {
    const first = r[0] ?? "";
    if (i > 0 && RENDAKU[first]) out.add(RENDAKU[first] + r.slice(1));
    if (i > 0 && HANDAKU[first]) out.add(HANDAKU[first] + r.slice(1));
    if (i < name.length - 1 && /[つくちき]$/.test(r)) out.add(`${r.slice(0, -1)}っ`);
  }
  return [...out];
}

interface Step {
  length: number;
  readings: string[];
  cost: number;
}

function steps(name: string, i: number): Step[] {
  const kana = KANA_RUN.exec(name.slice(i))?.[0];
  if (kana) return [{ length: kana.length, readings: [kana], cost: 0 }];
  const out: Step[] = [];
  for (let length = 1; length <= 4 && i + length <= name.length; length++) {
    const word = name.slice(i, i + length);
    const readings = [...(SURNAME_READINGS.get(word) ?? []), ...(GIVEN_NAME_READINGS.get(word) ?? [])];
    if (readings.length) out.push({ length, readings, cost: 0 });
  }
  const readings = characterReadings(name, i);
  if (readings.length) out.push({ length: 1, readings, cost: COST_CHARACTER });
  return out;
}

/** Lowest cost of reading `name` as `reading`, or Infinity when nothing fits. */
function fitCost(name: string, reading: string): number {
  const best: number[][] = Array.from({ length: name.length + 1 }, () =>
    new Array<number>(reading.length + 1).fill(Number.POSITIVE_INFINITY),
  );
  (best[0] as number[])[0] = 0;
  for (let i = 0; i < name.length; i++) {
    const options = steps(name, i);
    for (let j = 0; j <= reading.length; j++) {
      const here = best[i]?.[j] ?? Number.POSITIVE_INFINITY;
      if (here === Number.POSITIVE_INFINITY) continue;
      const relax = (ni: number, nj: number, cost: number) => {
        const row = best[ni] as number[];
        if (here + cost < (row[nj] ?? Number.POSITIVE_INFINITY)) row[nj] = here + cost;
      };
      for (const step of options) {
        for (const r of step.readings) {
          const piece = looseKanaKey(r);
          if (piece && reading.startsWith(piece, j)) relax(i + step.length, j + piece.length, step.cost);
        }
      }
    }
  }
  return best[name.length]?.[reading.length] ?? Number.POSITIVE_INFINITY;
}

/** Grades a furigana against a name, in either order (ヤマダ タロウ or タロウ ヤマダ). */
export function checkFurigana(name: string | null | undefined, furigana: string | null | undefined): FuriganaFit {
  if (!name?.trim() || !furigana?.trim() || !isKanaOnly(furigana)) return "unknown";
  const key = nameKey(name);
  if (!/^[\p{Script=Han}々\u3041-\u309F\u30A0-\u30FFー]+$/u.test(key)) return "unknown";
  const reading = looseKanaKey(furigana);
  const parts = splitName(name);
  const orders = [key, ...(parts ? [nameKey(parts[1] + parts[0])] : [])];
  if (!parts) for (let k = 1; k < key.length; k++) orders.push(key.slice(k) + key.slice(0, k));
  const cost = Math.min(...orders.map((n) => fitCost(n, reading)));
  if (cost === 0) return "dictionary";
  if (cost < Number.POSITIVE_INFINITY) return "per_character";
  // A kanji missing from the table, or read as a whole word (河原 = かわら), may be why nothing fit.
  return [...key].every((ch, i) => !/\p{Script=Han}/u.test(ch) || characterReadings(key, i).length)
    ? "no_fit"
    : "unknown";
}
