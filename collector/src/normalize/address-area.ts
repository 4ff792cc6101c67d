import { placeKey } from "./address-fold.js";
import { type CityEntry, listCities, listPrefectures, listTowns } from "./postal.js";

export interface PrefectureEntry {
  prefecture: string;
  prefectureCode: string;
}

/**
 * Wards abolished after the postal data's town lists were drawn (Hamamatsu, 2024-01-01): old
 * spellings still arrive in orders. 北区 was split between 中央区 and 浜名区, so its town decides.
 */
const FORMER_CITIES: Readonly<Record<string, readonly string[]>> = {
  浜松市中区: ["浜松市中央区"],
  浜松市東区: ["浜松市中央区"],
  浜松市西区: ["浜松市中央区"],
  浜松市南区: ["浜松市中央区"],
  浜松市北区: ["浜松市中央区", "浜松市浜名区"],
  浜松市浜北区: ["浜松市浜名区"],
};

interface Form {
  key: string;
  city: CityEntry;
}

let cityForms: Form[] | undefined;

// Each city can be written in full, without its county (倶知安町 for 虻田郡倶知安町),
// or as a bare ward when the prefecture makes it clear (北区梅田 in 大阪府).
function getCityForms(): Form[] {
  if (cityForms) return cityForms;
  const forms: Form[] = [];
  const cities = listCities();
  for (const city of cities) {
    const key = placeKey(city.name);
    forms.push({ key, city });
    const county = /^.+?郡(.+)$/.exec(key);
    if (county?.[1]) forms.push({ key: county[1], city });
    const ward = /^.+?市(.+区)$/.exec(key);
    if (ward?.[1]) forms.push({ key: ward[1], city });
  }
  for (const [former, current] of Object.entries(FORMER_CITIES)) {
    for (const name of current) {
      const city = cities.find((c) => c.name === name);
      if (city) forms.push({ key: placeKey(former), city });
    }
  }
  cityForms = forms.sort((a, b) => b.key.length - a.key.length);
  return cityForms;
}

export function matchPrefecture(text: string): PrefectureEntry | null {
  return listPrefectures().find((p) => text.startsWith(p.prefecture)) ?? null;
}

/** The cities whose name (in any accepted form) is the longest prefix of the text. */
export function matchCities(text: string, prefectureCode?: string): { cities: CityEntry[]; length: number } {
  let length = 0;
  const cities: CityEntry[] = [];
  for (const form of getCityForms()) {
    if (length && form.key.length < length) break;
    if (prefectureCode && form.city.prefectureCode !== prefectureCode) continue;
    if (!text.startsWith(form.key)) continue;
    length = form.key.length;
    if (!cities.includes(form.city)) cities.push(form.city);
  }
  return { cities, length };
}

const townForms = new Map<string, { key: string; name: string }[]>();

export interface TownMatch {
  town: string;
  /** Text after the town: 丁目, 番地, building. */
  rest: string;
}

/**
 * Finds the 町域 of a city at the start of the text, or failing that just before a number, which
 * skips Kyoto's street directions (寺町通御池上る上本能寺前町488). Leading 大字/字 and a 小字 (字宮下)
 * before the number are dropped: forms include or omit them freely.
 */
export function matchTown(text: string, cityCode: string): TownMatch | null {
  let forms = townForms.get(cityCode);
  if (!forms) {
    forms = listTowns(cityCode).map((name) => ({ key: placeKey(name), name }));
    townForms.set(cityCode, forms);
  }
  const body = text.replace(/^大?字/, "");
  const found =
    forms.find((f) => body.startsWith(f.key)) ??
    forms.find((f) => new RegExp(`${escapeRegExp(f.key)}(?=\\d)`).test(body));
  if (!found) return null;
  const rest = body.slice(body.indexOf(found.key) + found.key.length).replace(/^字[^\d\s]+(?=\d)/, "");
  return { town: found.name, rest };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
