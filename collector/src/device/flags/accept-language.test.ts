import { describe, expect, it } from "vitest";
import { codesOf, deviceFacts } from "../../testing/device-facts.js";
import { judgeAcceptLanguage } from "./accept-language.js";

describe("Accept-Language against navigator.languages", () => {
  it.each([
    ["the same first language", "ja-JP,ja;q=0.9"],
    ["Chrome's reduced header with the language only", "ja"],
    ["no header", ""],
  ])("finds nothing with %s", (_, header) => {
    expect(codesOf(judgeAcceptLanguage, deviceFacts({}, { "accept-language": header }))).toEqual([]);
  });

  it("flags a page that speaks Japanese on a browser whose header asks for English", () => {
    expect(codesOf(judgeAcceptLanguage, deviceFacts({}, { "accept-language": "en-US,en;q=0.9" }))).toEqual([
      "accept_language_mismatch",
    ]);
  });
});
