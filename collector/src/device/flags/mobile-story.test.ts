import { describe, expect, it } from "vitest";
import { codesOf, deviceFacts, honestSignals } from "../../testing/device-facts.js";
import { judgeMobileStory } from "./mobile-story.js";

const ANDROID =
  "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/147.0.0.0 Mobile Safari/537.36";
const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.7 Mobile/15E148 Safari/604.1";
const media = honestSignals.media as { pointer: string | null };
const phone = (userAgent: string, touchPoints: number, pointer: string, hints: boolean) =>
  deviceFacts({
    userAgent: { userAgent, ...(hints && { clientHints: { brands: [], mobile: true, platform: "Android" } }) },
    hardware: { concurrency: 8, memory: 4, maxTouchPoints: touchPoints },
    media: { ...(honestSignals.media as object), pointer } as typeof honestSignals.media,
  });

describe("a phone's story", () => {
  it("finds nothing in a phone with touch and a coarse pointer", () => {
    expect(codesOf(judgeMobileStory, phone(ANDROID, 5, "coarse", true))).toEqual([]);
    expect(codesOf(judgeMobileStory, phone(IPHONE, 5, "coarse", false))).toEqual([]);
  });

  it("finds nothing in a desktop", () => {
    expect(media.pointer).toBe("fine");
    expect(codesOf(judgeMobileStory, deviceFacts())).toEqual([]);
  });

  it("flags an Android user agent with a mouse as primary pointer (an injected phone on a desktop)", () => {
    expect(codesOf(judgeMobileStory, phone(ANDROID, 5, "fine", true))).toEqual(["mobile_without_touch"]);
  });

  it("flags a phone's user agent without touch points", () => {
    expect(codesOf(judgeMobileStory, phone(ANDROID, 0, "coarse", true))).toEqual(["mobile_without_touch"]);
  });

  it("flags an iPhone that has userAgentData, which only Chromium has", () => {
    expect(codesOf(judgeMobileStory, phone(IPHONE, 5, "coarse", true))).toEqual(["ios_with_chromium_traits"]);
  });
});
