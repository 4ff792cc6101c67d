import { describe, expect, it } from "vitest";
import { hash } from "./hash.js";

describe("hash", () => {
  // The collector stores these hashes and links devices by them: a change here splits every known
  // device in two, so the values are pinned. The first lane is plain FNV-1a 32
  // (http://www.isthe.com/chongo/tech/comp/fnv/: "a" → e40c292c, "foobar" → bf9cf968).
  it.each([
    ["", "811c9dc52b992ddf"],
    ["a", "e40c292c60235528"],
    ["foobar", "bf9cf968c766f8eb"],
    ["審査", "39f4dcadbdcc15bb"],
    ["Shinsa 審査, 😃 ¼", "a1a5648382feccc5"],
  ])("hashes %j to %s, as the collector has stored it", (input, expected) => {
    expect(hash(input)).toBe(expected);
  });

  it("pads each lane to 8 hex digits, so every hash is 16 characters", () => {
    expect(hash("x2")).toBe("0f630cef0660343a");
  });

  it("tells apart strings that differ in one character", () => {
    expect(hash("0.1234567891")).not.toBe(hash("0.1234567892"));
  });
});
