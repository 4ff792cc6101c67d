import { toKatakana } from "wanakana";
import { CUSTOMER_CODE } from "./forwarder.js";

export interface UnitParse {
  /** Building name as written (folded), without floor or room; null when there is none. */
  building: string | null;
  /** Loose form of the building name for fuzzy comparison, never for identity. */
  buildingKey: string | null;
  /** "12", or "B1" for a basement. */
  floor: string | null;
  /** "101", "A203"; leading zeros dropped. */
  room: string | null;
  /** A 団地's building number or letter (5号棟, A棟, 2番館): "5", "A"; null when none. */
  buildingNumber: string | null;
  /**
   * `marked` when the text says it is a room (101号室, #101, 101号 or a number after the building
   * name); `bare` when it is only a trailing number after the block (1-3 101), which may be the 号.
   */
  roomMark: "marked" | "bare" | null;
}

// A wing's letter leads a room (A203, B-101), but not a letter that ends a word: the Roman numeral
// of メゾンII103号 or コーポIV102 is the building's, and its room is 103.
const ROOM_PATTERNS: readonly RegExp[] = [
  /(?:#|No\.?|NO\.?)\s*([A-Z]?\d+[A-Z]?)$/,
  /((?:(?<![A-Z])[A-Z])?-?\d+[A-Z]?)\s*号室$/,
  /((?:(?<![A-Z])[A-Z])?\d+[A-Z]?)\s*(?:号|室)$/,
  // A bare trailing number after a building name or a dash (マンション101, 1-3-1-101).
  /(?:^|[^\dA-Z])\s*([A-Z]?-?\d{1,5}[A-Z]?)$/,
];
const FLOOR = /(B?\d+)\s*(?:F|階)(?![A-Z])/;
const BUILDING_NUMBER = /(\d+|[A-Z])\s*(?:号棟|号館|番館|棟)/;
// Generic words that are added, dropped or swapped between orders for the same building.
const GENERIC_WORDS = /マンション|アパート|ハイツ|コーポ|レジデンス|ハイム|メゾン|ビルディング|ビル|タワー|棟|館/g;
const LEADING_GENERIC = /^(?:マンション|アパート|ハイツ|コーポ|レジデンス|ハイム|メゾン)/;

function cleanRoom(room: string): string {
  return room.replace(/-/g, "").replace(/^0+(?=\d)/, "");
}

/**
 * Splits what follows 番地/号 into building, floor and room: "グランフロント101号室",
 * "霞ヶ関ビル12F", "#101", "-101", "ABCマンション 101". Expects text folded by foldAddressText.
 * A forwarder's customer code is dropped here so that it cannot pose as a room number.
 */
export function parseUnit(rest: string): UnitParse {
  let text = rest
    .replace(CUSTOMER_CODE, " ")
    .replace(/^[\s-]+|[\s-]+$/g, "")
    .toUpperCase();
  let floor: string | null = null;
  const floorMatch = FLOOR.exec(text);
  if (floorMatch?.[1]) {
    floor = floorMatch[1].replace(/^(B?)0+(?=\d)/, "$1");
    text = `${text.slice(0, floorMatch.index)} ${text.slice(floorMatch.index + floorMatch[0].length)}`.trim();
  }
  const number = BUILDING_NUMBER.exec(text);
  const buildingNumber = number?.[1] ?? null;
  let room: string | null = null;
  let roomMark: UnitParse["roomMark"] = null;
  for (const [i, pattern] of ROOM_PATTERNS.entries()) {
    const match = pattern.exec(text);
    // 5号棟 names the building, not room 5.
    if (!match?.[1] || (number && match.index + match[0].length <= number.index + number[0].length)) continue;
    room = cleanRoom(match[1]);
    const before = text.slice(0, match.index + match[0].indexOf(match[1])).replace(/(?:#|NO\.?)\s*$/, "");
    roomMark = i < ROOM_PATTERNS.length - 1 || /[^\s-]/.test(before) ? "marked" : "bare";
    text = before;
    break;
  }
  const building = text.replace(/^[\s-]+|[\s-]+$/g, "").replace(/\s+/g, " ") || null;
  return {
    building,
    buildingKey: building ? buildingKey(building) : null,
    floor,
    room,
    buildingNumber: buildingNumber?.replace(/^0+(?=\d)/, "") ?? null,
    roomMark,
  };
}

/**
 * The distinctive part of a building name, in katakana without spaces or punctuation. Generic
 * words (マンション, ビル, 棟...) are dropped where people add or drop them (ABCマンション, ABC),
 * but one that leads the name is what tells コーポ山田 from ハイツ山田 on one block, so it stays.
 */
export function buildingKey(building: string): string | null {
  const kana = toKatakana(building.normalize("NFKC"), { passRomaji: true })
    .toUpperCase()
    .replace(/[\s\-・.,、。()（）'"]/g, "");
  const lead = LEADING_GENERIC.exec(kana)?.[0] ?? "";
  const key = lead + kana.slice(lead.length).replace(GENERIC_WORDS, "");
  return key || null;
}
