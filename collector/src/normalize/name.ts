import { foldCharacters } from "./itaiji.js";
import { GIVEN_NAME_READINGS, SURNAME_READINGS } from "./name-readings.js";

/**
 * A name with kanji variants folded through the MJ縮退マップ (髙橋 → 高橋, 齋藤/齊藤/斉藤 → 斎藤,
 * 渡邊/渡邉 → 渡辺, 𠮷田 → 吉田) and every space, full or half width, removed: one key for the
 * spellings of one registered name.
 */
export function nameKey(name: string): string {
  return foldCharacters(name).replace(/[\s・･]/g, "");
}

/** Surname and given name when the writer separated them with a space; null otherwise. */
export function splitName(name: string): [string, string] | null {
  const parts = foldCharacters(name).trim().split(/\s+/);
  return parts.length === 2 && parts[0] && parts[1] ? [parts[0], parts[1]] : null;
}

export interface NameReadings {
  /** Whole readings "surname given" from the hand table, in kana. */
  full: string[];
  /** Readings of the surname alone, when only that is known. */
  surname: string[];
}

// Surname first, as Japanese forms ask; without a space every split point is tried.
function splits(name: string): [string, string][] {
  const parts = splitName(name);
  if (parts) return [parts];
  const key = nameKey(name);
  return Array.from({ length: Math.max(0, key.length - 1) }, (_, i) => [key.slice(0, i + 1), key.slice(i + 1)]);
}

/** Candidate kana readings of a kanji name from the hand table of common names. */
export function getNameReadings(name: string): NameReadings {
  const full: string[] = [];
  const surname: string[] = [];
  for (const [family, given] of splits(name)) {
    const familyReadings = SURNAME_READINGS.get(family);
    if (!familyReadings) continue;
    surname.push(...familyReadings);
    for (const g of GIVEN_NAME_READINGS.get(given) ?? []) {
      for (const f of familyReadings) full.push(`${f} ${g}`);
    }
  }
  return { full, surname };
}
