import type { Home } from "./jp-addresses.js";
import type { Rng } from "./prng.js";

// How people type one address into a checkout form (jp-normalization.md §1.1). A person's
// browser autofill keeps their habit stable; a reseller crumbling an address (住所崩し) draws a
// new way each time.

export type NumberStyle = "hyphen" | "units" | "mixed" | "banchi" | "fullwidth" | "kanji" | "no" | "choon" | "minus";

export interface AddressHabit {
  numbers: NumberStyle;
  prefecture: boolean;
  /** Spaces between prefecture, city and town: "", " " or "　". */
  headSpace: string;
  /** Between the block and the building. */
  buildingSpace: string;
  room: "plain" | "goshitsu" | "go" | "hash" | "dash" | "dash-no-building";
  postal: "hyphen" | "digits" | "fullwidth" | "mark";
  /** ヶ written as ケ or が where the town has one. */
  smallKe: "ヶ" | "ケ" | "が";
}

const NUMBER_STYLES: readonly (readonly [NumberStyle, number])[] = [
  ["hyphen", 50],
  ["units", 12],
  ["mixed", 12],
  ["banchi", 5],
  ["fullwidth", 9],
  ["kanji", 2],
  ["no", 2],
  ["choon", 4],
  ["minus", 4],
];

export function newHabit(rng: Rng): AddressHabit {
  return {
    numbers: rng.weighted(NUMBER_STYLES),
    prefecture: rng.chance(0.85),
    headSpace: rng.weighted([
      ["", 80],
      [" ", 12],
      ["　", 8],
    ] as const),
    buildingSpace: rng.weighted([
      [" ", 55],
      ["　", 25],
      ["", 20],
    ] as const),
    room: rng.weighted([
      ["plain", 35],
      ["goshitsu", 30],
      ["go", 8],
      ["hash", 4],
      ["dash", 8],
      ["dash-no-building", 15],
    ] as const),
    postal: rng.weighted([
      ["hyphen", 60],
      ["digits", 28],
      ["fullwidth", 8],
      ["mark", 4],
    ] as const),
    smallKe: rng.weighted([
      ["ヶ", 50],
      ["ケ", 45],
      ["が", 5],
    ] as const),
  };
}

const KANJI_DIGITS = "〇一二三四五六七八九";
export function kanjiNumber(n: number): string {
  if (n < 10) return KANJI_DIGITS[n] ?? "";
  if (n < 100) {
    const tens = Math.floor(n / 10);
    return `${tens === 1 ? "" : KANJI_DIGITS[tens]}十${n % 10 ? KANJI_DIGITS[n % 10] : ""}`;
  }
  return [...String(n)].map((d) => KANJI_DIGITS[Number(d)]).join("");
}
const fullWidth = (s: string) =>
  s.replace(/[0-9A-Za-z\-#]/g, (c) => (c === "-" ? "－" : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));

function blockText(home: Home, style: NumberStyle): string {
  const parts = [home.chome, home.ban, home.go].filter((n): n is number => n !== null);
  const joined = (sep: string) => parts.join(sep);
  if (home.chome === null) {
    // Rural 番地: 1234, 1234番地, 1234-5, 1234番地5.
    if (style === "units" || style === "banchi") return `${home.ban}番地${home.go ?? ""}`;
    if (style === "fullwidth") return fullWidth(joined("-"));
    return joined("-");
  }
  const [c, b, g] = [home.chome, home.ban, home.go];
  const go = g === null ? "" : String(g);
  switch (style) {
    case "hyphen":
      return joined("-");
    case "units":
      return `${c}丁目${b}番${go ? `${go}号` : ""}`;
    case "mixed":
      return `${c}丁目${b}${go ? `-${go}` : ""}`;
    case "banchi":
      return `${c}丁目${b}番地${go}`;
    case "fullwidth":
      return fullWidth(joined("-"));
    case "kanji":
      return `${kanjiNumber(c)}丁目${kanjiNumber(b)}番${g === null ? "" : `${kanjiNumber(g)}号`}`;
    case "no":
      return joined("の");
    case "choon":
      return joined("ー");
    case "minus":
      return joined("−");
  }
}

function roomText(home: Home, habit: AddressHabit, buildingName: string | null): string {
  if (home.room === null) return "";
  const room = String(home.room);
  if (buildingName === null) {
    if (habit.numbers === "fullwidth") return `－${fullWidth(room)}`;
    // After 号 or 番地 people add the room as 101号室, not as a fourth number.
    return ["units", "kanji", "banchi", "mixed"].includes(habit.numbers) ? ` ${room}号室` : `-${room}`;
  }
  switch (habit.room) {
    case "goshitsu":
      return `${room}号室`;
    case "go":
      return `${room}号`;
    case "hash":
      return `#${room}`;
    case "dash":
    case "dash-no-building":
    case "plain":
      return habit.buildingSpace === "" ? ` ${room}` : room;
  }
}

/** A building name as typed: generic words dropped, 第2 as 第二/Ⅱ, half-width kana, small slips. */
export function messBuildingName(rng: Rng, name: string): string {
  let out = name;
  if (rng.chance(0.25)) out = out.replace(/(マンション|ハイツ|レジデンス|ハウス|ビル)/, "");
  if (rng.chance(0.4))
    out = out.replace(/第2/, rng.pick(["第二", "Ⅱ", "2", "II"])).replace(/第3/, rng.pick(["第三", "Ⅲ"]));
  if (rng.chance(0.15)) out = out.replace(/ヴィ/, "ビ").replace(/ヴ/, "ブ");
  if (rng.chance(0.12)) {
    // One kana dropped or doubled, as a hurried typist does.
    const i = rng.int(1, Math.max(1, out.length - 2));
    out = rng.chance(0.5) ? out.slice(0, i) + out.slice(i + 1) : out.slice(0, i) + out[i] + out.slice(i);
  }
  return out || name;
}

export interface WrittenAddress {
  postalCode?: string;
  address: string;
}

/** Writes a home the way this habit does; `messy` adds the slips of someone typing by hand. */
export function writeAddress(rng: Rng, home: Home, habit: AddressHabit, messy = false): WrittenAddress {
  const { place } = home;
  const town = place.town.replace(
    /[ヶケ]/g,
    habit.smallKe === "が" && /[ヶケ](丘|関|谷)/.test(place.town) ? "が" : habit.smallKe,
  );
  const head = [habit.prefecture ? place.prefecture : "", place.city, town].filter(Boolean).join(habit.headSpace);
  const block = blockText(home, habit.numbers);
  let buildingName: string | null = null;
  if (home.building && habit.room !== "dash-no-building" && habit.room !== "dash") {
    buildingName = messy ? messBuildingName(rng, home.building.name) : home.building.name;
    if (habit.numbers === "fullwidth") buildingName = fullWidth(buildingName);
  }
  const room = roomText(home, habit, buildingName);
  const tail = buildingName === null ? room : `${habit.buildingSpace}${buildingName}${room}`;
  const digits = place.postalCode;
  const postal = `${digits.slice(0, 3)}-${digits.slice(3)}`;
  const postalCode =
    habit.postal === "digits"
      ? digits
      : habit.postal === "fullwidth"
        ? fullWidth(postal)
        : habit.postal === "mark"
          ? `〒${postal}`
          : postal;
  return { postalCode, address: `${head}${block}${tail}` };
}
