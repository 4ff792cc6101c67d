import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileString, SEED } from "../testing/hostile.js";
import {
  checkFurigana,
  findForwarderHints,
  foldAddressText,
  getCardKey,
  getNameReadings,
  holderMatchesName,
  kanaKey,
  looseKanaKey,
  nameKey,
  normalizeAddress,
  normalizeEmail,
  normalizePhone,
  parsePostalCode,
  replaceKanjiNumerals,
  romajiKey,
  splitName,
} from "./index.js";

// Every normaliser takes whatever a shopper typed or an attacker sent and answers: none throws,
// whatever the text. (Their meaning is tested by the tables of real cases beside each one.)
const NORMALISERS: Array<[string, (text: string) => unknown]> = [
  ["normalizeAddress", (t) => normalizeAddress({ address: t, postalCode: t, building: t })],
  ["foldAddressText", foldAddressText],
  ["findForwarderHints", findForwarderHints],
  ["getCardKey", (t) => getCardKey({ bin: t, last4: t, holder: t })],
  ["normalizeEmail", normalizeEmail],
  ["normalizePhone", normalizePhone],
  ["parsePostalCode", parsePostalCode],
  ["kanaKey", kanaKey],
  ["looseKanaKey", looseKanaKey],
  ["nameKey", nameKey],
  ["splitName", splitName],
  ["getNameReadings", getNameReadings],
  ["checkFurigana", (t) => checkFurigana(t, t)],
  ["holderMatchesName", (t) => holderMatchesName(t, t, t)],
  ["romajiKey", romajiKey],
  ["replaceKanjiNumerals", replaceKanjiNumerals],
];

describe("the normalisers on hostile text", () => {
  it.each(NORMALISERS)("%s answers 1,000 hostile strings without throwing", (_, normalise) => {
    fc.assert(
      fc.property(hostileString(120), (text) => {
        expect(() => normalise(text)).not.toThrow();
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
