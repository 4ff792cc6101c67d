import { describe, expect, it } from "vitest";
import { normalizeAddress } from "./address.js";
import { isStrongLink } from "./address-link.js";

// Hard negatives for 堺市's 丁 (3丁1番2号): two doors that a careless normaliser joins. Issue 13: none of
// them may be linked strongly; a guessed part may only link weakly, through the household.
// It reads 丁 alone as 丁目, so each 番 and 号 of a 丁 stays its own door.
describe("堺市's 丁 (3丁1番2号)", () => {
  it.each([
    ["大阪府堺市堺区宿屋町西3丁1番2号", "大阪府堺市堺区宿屋町西3丁1番27号"],
    ["大阪府堺市堺区宿屋町西３丁１番２号", "大阪府堺市堺区宿屋町西３丁２番２号"],
    ["大阪府堺市堺区宿屋町西3丁1-2", "大阪府堺市堺区宿屋町西3丁1-3"],
    ["大阪府堺市堺区宿屋町西2丁1番2号", "大阪府堺市堺区宿屋町西3丁1番2号"],
    ["大阪府堺市北区北花田町2丁4-1", "大阪府堺市北区北花田町2丁9番2"],
    ["大阪府堺市北区北花田町２丁４番１号", "大阪府堺市北区北花田町２丁４番１１号"],
    ["大阪府堺市北区中百舌鳥町5丁1番", "大阪府堺市北区中百舌鳥町5丁2番"],
    ["大阪府堺市北区中百舌鳥町5丁1番3号 101号室", "大阪府堺市北区中百舌鳥町5丁1番3号 102号室"],
    ["大阪府堺市堺区甲斐町西1丁1-1", "大阪府堺市堺区甲斐町東1丁1-1"],
    ["大阪府堺市堺区宿屋町西3丁1番2号", "大阪府堺市堺区宿屋町東3丁1番2号"],
  ])("never links %s and %s strongly", (a, b) => {
    expect(isStrongLink(normalizeAddress(a), normalizeAddress(b))).toBe(false);
  });

  it.each([
    ["大阪府堺市堺区宿屋町西3丁1番2号", "大阪府堺市堺区宿屋町西３丁１－２"],
    ["大阪府堺市北区北花田町2丁4-1", "大阪府堺市北区北花田町二丁四番一号"],
  ])("links %s and %s, one door written two ways", (a, b) => {
    expect(isStrongLink(normalizeAddress(a), normalizeAddress(b))).toBe(true);
  });
});
