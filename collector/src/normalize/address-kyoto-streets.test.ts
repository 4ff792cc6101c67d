import { describe, expect, it } from "vitest";
import { normalizeAddress } from "./address.js";
import { isStrongLink } from "./address-link.js";

// Hard negatives for Kyoto street names: two doors that a careless normaliser joins. Issue 13: none of
// them may be linked strongly; a guessed part may only link weakly, through the household.
// It finds the town after the street and its direction (上る, 下ル), never the street for the town.
describe("Kyoto street names", () => {
  it.each([
    ["京都府京都市中京区寺町通御池上る上本能寺前町488", "京都府京都市中京区寺町通御池上る本能寺町488"],
    ["京都府京都市中京区河原町通二条下ル一之船入町537", "京都府京都市中京区河原町通二条下ル二条西洞院町537"],
    ["京都府京都市中京区蛸薬師町100", "京都府京都市中京区本能寺町100"],
    ["京都府京都市中京区寺町通御池上る上本能寺前町488", "京都府京都市中京区寺町通御池下る上本能寺前町489"],
    ["京都府京都市下京区烏丸通五条下る五条烏丸町400", "京都府京都市下京区烏丸通五条上る烏丸400"],
    ["京都府京都市中京区河原町通二条下ル一之船入町537-50", "京都府京都市中京区河原町通二条下ル一之船入町537-51"],
    ["京都府京都市中京区寺町通御池上ル上本能寺前町488", "京都府京都市中京区寺町通御池上ル蛸薬師町488"],
    ["京都府京都市中京区西洞院通二条下る二条西洞院町10", "京都府京都市中京区西洞院通二条下る一之船入町10"],
  ])("never links %s and %s strongly", (a, b) => {
    expect(isStrongLink(normalizeAddress(a), normalizeAddress(b))).toBe(false);
  });

  it.each([
    ["京都府京都市中京区寺町通御池上る上本能寺前町488", "京都府京都市中京区上本能寺前町488"],
    ["京都府京都市下京区烏丸通五条下る五条烏丸町400", "京都府京都市下京区五条烏丸町400"],
  ])("links %s and %s, one door written two ways", (a, b) => {
    expect(isStrongLink(normalizeAddress(a), normalizeAddress(b))).toBe(true);
  });
});
