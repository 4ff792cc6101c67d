import { describe, expect, it } from "vitest";
import { normalizeAddress } from "./address.js";
import { isStrongLink } from "./address-link.js";

// Hard negatives for floors and rooms: two doors that a careless normaliser joins. Issue 13: none of
// them may be linked strongly; a guessed part may only link weakly, through the household.
// It never reads a floor (5階, 5F) or a room (3号室) as the 号, and treats a bare number after a short block as a guess.
describe("floors and rooms", () => {
  it.each([
    ["東京都新宿区西新宿2-8 5階", "東京都新宿区西新宿2-8-5"],
    ["東京都新宿区西新宿2-8-1 5階", "東京都新宿区西新宿2-8-1 501"],
    ["東京都新宿区西新宿2-8-1 5F", "東京都新宿区西新宿2-8-1 6F"],
    ["東京都新宿区西新宿2-8-5階", "東京都新宿区西新宿2-8-5"],
    ["東京都新宿区西新宿2丁目8番3号室", "東京都新宿区西新宿2丁目8番3号"],
    ["東京都新宿区西新宿2-8 3号室", "東京都新宿区西新宿2-8-3"],
    ["東京都新宿区西新宿2-8-1 ABCビル3階", "東京都新宿区西新宿2-8-1 ABCビル301"],
    ["東京都新宿区西新宿2-8-1 B1F", "東京都新宿区西新宿2-8-1 1F"],
    ["東京都新宿区西新宿2-8-1 12階1203", "東京都新宿区西新宿2-8-1 12階1204"],
    ["東京都新宿区西新宿2-8 101", "東京都新宿区西新宿2-8-101"],
    ["東京都千代田区霞が関1-3", "東京都千代田区霞が関1-3 101"],
    ["東京都千代田区霞が関1-3 101", "東京都千代田区霞が関1-3-101"],
    ["東京都千代田区霞が関1-3 ABCビル 101", "東京都千代田区霞が関1-3 101"],
  ])("never links %s and %s strongly", (a, b) => {
    expect(isStrongLink(normalizeAddress(a), normalizeAddress(b))).toBe(false);
  });

  it.each([
    ["東京都新宿区西新宿2-8-1 ABCビル 5階 501", "東京都新宿区西新宿2-8-1ABCビル5F 501号室"],
    ["東京都新宿区西新宿2-8-1-501", "東京都新宿区西新宿2丁目8番1号 501号室"],
  ])("links %s and %s, one door written two ways", (a, b) => {
    expect(isStrongLink(normalizeAddress(a), normalizeAddress(b))).toBe(true);
  });
});
