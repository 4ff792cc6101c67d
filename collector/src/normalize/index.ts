// Pure normalisers for order scoring: each turns one raw order field into comparable keys and
// facts. They read only the data shipped in npm packages (postal codes, disposable domains,
// phone metadata), lazily on first use, and never touch the network or the database.

export {
  type AddressInput,
  type NormalizedAddress,
  normalizeAddress,
  type PartConfidence,
  type PostalStatus,
} from "./address.js";
export { foldAddressText, parseBlock } from "./address-fold.js";
export { getLinkableUnitKey, isStrongLink } from "./address-link.js";
export { buildingKey, parseUnit, type UnitParse } from "./address-unit.js";
export { type CardInput, type CardKey, getCardKey } from "./card.js";
export { type EmailClass, type NormalizedEmail, normalizeEmail } from "./email.js";
export { type ForwarderHint, findForwarderHints, isHoldForPickup, isPickUpPoint } from "./forwarder.js";
export { checkFurigana, type FuriganaFit } from "./furigana.js";
export { foldCharacters, ITAIJI } from "./itaiji.js";
export { isKanaOnly, kanaKey, looseKanaKey } from "./kana.js";
export { kanjiNumeralToDigits, replaceKanjiNumerals } from "./kanji-numeral.js";
export { getNameReadings, type NameReadings, nameKey, splitName } from "./name.js";
export { type NormalizedPhone, normalizePhone, type PhoneType } from "./phone.js";
export { lookupPostalCode, type PostalArea, parsePostalCode } from "./postal.js";
export { type HolderMatch, holderMatchesName, romajiKey, romajiTokens } from "./romaji.js";
