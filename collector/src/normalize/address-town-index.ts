import { getTownForms } from "./address-area.js";
import { type CityEntry, listCities } from "./postal.js";

interface Filed {
  key: string;
  city: CityEntry;
}

let byFirstChar: Map<string, Filed[]> | undefined;

// Every city's towns filed by their first character, so that a town written without its city
// (霞が関1-3-1) is looked up in one short list. Built on first use from the forms address-area.ts
// already holds.
function getIndex(): Map<string, Filed[]> {
  if (byFirstChar) return byFirstChar;
  const index = new Map<string, Filed[]>();
  for (const city of listCities()) {
    for (const { key } of getTownForms(city.code)) {
      if (key.length < 2) continue;
      const list = index.get(key.charAt(0)) ?? [];
      list.push({ key, city });
      index.set(key.charAt(0), list);
    }
  }
  byFirstChar = index;
  return index;
}

/** Builds the index now rather than on the first address without a city (about 0.1 s). */
export function warmTownIndex(): void {
  getIndex();
}

/**
 * The one city with a town that the text starts with, right before a number (霞が関1-3-1 is in
 * 千代田区), within the prefecture when it is known; null when no city or several have such a town
 * (本町 is in hundreds). Towns of one character are too common to tell a city by.
 */
export function findCityByTown(text: string, prefectureCode?: string): CityEntry | null {
  let found: CityEntry | null = null;
  for (const { key, city } of getIndex().get(text.charAt(0)) ?? []) {
    if (prefectureCode && city.prefectureCode !== prefectureCode) continue;
    if (!text.startsWith(key) || !/^\d/.test(text.slice(key.length))) continue;
    if (found && found.code !== city.code) return null;
    found = city;
  }
  return found;
}
