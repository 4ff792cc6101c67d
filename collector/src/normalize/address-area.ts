import { placeKey } from "./address-fold.js";
// A cycle of function imports only: the index reads this file's town forms when it is built.
import { warmTownIndex } from "./address-town-index.js";
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

/**
 * A prefecture written without 都, 府 or 県 (岩手花巻市, 千葉市川市, 福島石川郡石川町): only when a
 * city of that prefecture follows, so 千葉市 and 京都市 stay cities. Returns the length read.
 */
export function matchBarePrefecture(text: string): { prefecture: PrefectureEntry; length: number } | null {
  for (const prefecture of listPrefectures()) {
    const bare = prefecture.prefecture.replace(/[都府県]$/, "");
    if (bare === prefecture.prefecture || !text.startsWith(bare)) continue;
    if (matchCities(text.slice(bare.length), prefecture.prefectureCode).cities.length)
      return { prefecture, length: bare.length };
  }
  return null;
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
  /** The 小字 between the town and the lot number (字宮下, 亥, 家六), without 字; null when none. */
  koaza: string | null;
  /** Text after the town: 丁目, 番地, building. */
  rest: string;
  /** `inferred` when the town is a bare number standing for a numbered town (和歌山市12-45 for 十二番丁45). */
  how: "written" | "inferred";
}

// Kyoto writes the street and the way to walk from it before the town (寺町通御池上る上本能寺前町).
const KYOTO_DIRECTION = /(?:上る|上ル|上がる|下る|下ル|下がる|入る|入ル)/;
// A 小字: a short run of kanji or kana right before the lot number. Building names are longer or katakana.
const KOAZA = /^字?([\p{Script=Han}\p{Script=Hiragana}々ケノ]{1,6})(?=\d)/u;

/**
 * Finds the 町域 of a city at the start of the text, or after a Kyoto street direction. Never inside
 * another word: 佛性寺12 is not the town 寺. Leading 大字/字 are dropped, and so is a 小字 before the
 * lot number (字宮下1234, 亥45): forms include or omit them freely, and lot numbers are counted per 大字.
 */
export function matchTown(text: string, cityCode: string): TownMatch | null {
  const forms = getTownForms(cityCode);
  let body = text.replace(/^大?字/, "");
  // After a direction first: Japan Post lists some streets as towns too (烏丸通).
  const direction = KYOTO_DIRECTION.exec(body);
  const afterDirection = direction ? body.slice(direction.index + direction[0].length) : "";
  let found = afterDirection ? forms.find((f) => afterDirection.startsWith(f.key)) : undefined;
  if (found) body = afterDirection;
  else found = forms.find((f) => body.startsWith(f.key));
  if (!found) return matchNumberedTown(body, forms);
  const after = body.slice(found.key.length);
  const koaza = KOAZA.exec(after);
  return {
    town: found.name,
    koaza: koaza?.[1] ?? null,
    rest: koaza ? after.slice(koaza[0].length) : after,
    how: "written",
  };
}

const NUMBERED_TOWN = /^(?:番丁|丁目|丁|番)$/;

// 和歌山市 十二番丁, 富山市 三番町, 上尾市 壱丁目: towns named by a number alone, which people leave
// out and write as the first number of the block (和歌山市12-45).
function matchNumberedTown(body: string, forms: readonly { key: string; name: string }[]): TownMatch | null {
  const lead = /^(\d+)-(?=\d)/.exec(body);
  if (!lead?.[1]) return null;
  const n = lead[1];
  const numbered = forms.filter((f) => f.key.startsWith(n) && NUMBERED_TOWN.test(f.key.slice(n.length)));
  const town = numbered.length === 1 ? numbered[0] : undefined;
  if (!town) return null;
  return { town: town.name, koaza: null, rest: body.slice(lead[0].length), how: "inferred" };
}

/** A city's towns in their folded look-up form (placeKey) beside Japan Post's spelling, longest first. */
export function getTownForms(cityCode: string): readonly { key: string; name: string }[] {
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
  warmTownIndex();
}
