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

let cityForms: Map<string, Form[]> | undefined;

const bucket = (firstChar: string, prefectureCode = "") => `${prefectureCode}:${firstChar}`;

// Each city can be written in full, without its county (倶知安町 for 虻田郡倶知安町),
// or as a bare ward when the prefecture makes it clear (北区梅田 in 大阪府).
// The forms are filed, longest first, by their first character, alone and with the prefecture:
// a text can only start with a form that starts with its own first character, so a look-up
// reads one short list instead of every city's every form.
function getCityForms(): Map<string, Form[]> {
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
  const byBucket = new Map<string, Form[]>();
  const file = (name: string, form: Form) => {
    const list = byBucket.get(name);
    if (list) list.push(form);
    else byBucket.set(name, [form]);
  };
  for (const form of forms.sort((a, b) => b.key.length - a.key.length)) {
    file(bucket(form.key.charAt(0)), form);
    file(bucket(form.key.charAt(0), form.city.prefectureCode), form);
  }
  cityForms = byBucket;
  return cityForms;
}

export function matchPrefecture(text: string): PrefectureEntry | null {
  return listPrefectures().find((p) => text.startsWith(p.prefecture)) ?? null;
}

/** The cities whose name (in any accepted form) is the longest prefix of the text. */
export function matchCities(text: string, prefectureCode?: string): { cities: CityEntry[]; length: number } {
  let length = 0;
  const cities: CityEntry[] = [];
  for (const form of getCityForms().get(bucket(text.charAt(0), prefectureCode)) ?? []) {
    if (length && form.key.length < length) break;
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
  const forms = getTownForms(cityCode);
  const body = text.replace(/^大?字/, "");
  const found = forms.find((f) => body.startsWith(f.key)) ?? forms.find((f) => isBeforeDigit(body, f.key));
  if (!found) return null;
  const rest = body.slice(body.indexOf(found.key) + found.key.length).replace(/^字[^\d\s]+(?=\d)/, "");
  return { town: found.name, rest };
}

function getTownForms(cityCode: string) {
  let forms = townForms.get(cityCode);
  if (!forms) {
    forms = listTowns(cityCode).map((name) => ({ key: placeKey(name), name }));
    townForms.set(cityCode, forms);
  }
  return forms;
}

/**
 * Builds every city's and town's look-up forms now (about a second) instead of on each city's
 * first address, which otherwise costs that order a few milliseconds: for a server to call at
 * start, before it takes orders.
 */
export function warmAddressData(): void {
  getCityForms();
  for (const city of listCities()) getTownForms(city.code);
}

/** Whether the key occurs somewhere in the text right before an ASCII digit (as /key(?=\d)/ would find). */
function isBeforeDigit(text: string, key: string): boolean {
  if (!key) return /\d/.test(text);
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
    const next = text.charCodeAt(at + key.length);
    if (next >= 48 && next <= 57) return true;
  }
  return false;
}
