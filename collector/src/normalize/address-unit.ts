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
}

const ROOM_PATTERNS: readonly RegExp[] = [
  /(?:#|No\.?|NO\.?)\s*([A-Z]?\d+[A-Z]?)$/,
  /([A-Z]?-?\d+[A-Z]?)\s*号室$/,
  /([A-Z]?\d+[A-Z]?)\s*(?:号|室)$/,
  // A bare trailing number after a building name or a dash (マンション101, 1-3-1-101).
  /(?:^|[^\dA-Z])\s*([A-Z]?-?\d{1,5}[A-Z]?)$/,
];
const FLOOR = /(B?\d+)\s*(?:F|階)(?![A-Z])/;
// Generic words that are added, dropped or swapped between orders for the same building.
const GENERIC_WORDS = /マンション|アパート|ハイツ|コーポ|レジデンス|ハイム|メゾン|ビルディング|ビル|タワー|棟|館/g;

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
  let room: string | null = null;
  for (const pattern of ROOM_PATTERNS) {
    const match = pattern.exec(text);
    if (match?.[1]) {
      room = cleanRoom(match[1]);
      text = text.slice(0, match.index + match[0].indexOf(match[1])).replace(/(?:#|NO\.?)\s*$/, "");
      break;
    }
  }
  const building = text.replace(/^[\s-]+|[\s-]+$/g, "").replace(/\s+/g, " ") || null;
  return { building, buildingKey: building ? buildingKey(building) : null, floor, room };
}

/** Katakana, no spaces or punctuation, generic words (マンション, ビル, 棟...) removed. */
export function buildingKey(building: string): string | null {
  const key = toKatakana(building.normalize("NFKC"), { passRomaji: true })
    .toUpperCase()
    .replace(GENERIC_WORDS, "")
    .replace(/[\s\-・.,、。()（）'"]/g, "");
  return key || null;
}
