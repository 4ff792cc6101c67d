import { describe, expect, it } from "vitest";
import { nameKey } from "./name.js";
import { GIVEN_NAME_READINGS, SURNAME_READINGS } from "./name-readings.js";

// The variant fold must join spellings of one name and nothing else: two real names that differ
// in a character a family register also tells apart must keep two keys.
describe("nameKey collisions", () => {
  it.each([
    ["surnames", [...SURNAME_READINGS.keys()]],
    ["given names", [...GIVEN_NAME_READINGS.keys()]],
  ])("gives every listed %s its own key", (_kind, names) => {
    const keys = new Map<string, string>();
    for (const name of names) {
      const key = nameKey(name);
      expect(keys.get(key) ?? name, `${name} and ${keys.get(key)} share ${key}`).toBe(name);
      keys.set(key, name);
    }
  });

  it.each([
    ["斎藤 花子", "齋木 花子"],
    ["渡辺 健", "渡部 健"],
    ["大野 誠", "小野 誠"],
    ["高田 一郎", "髙木 一郎"],
    ["島田 恵", "島田 惠子"],
    ["浜田 直樹", "濱口 直樹"],
    ["吉田 茂", "𠮷川 茂"],
  ])("keeps %s and %s apart", (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });
});
