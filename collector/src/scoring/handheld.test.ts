import type { Signals } from "@shinsa/shared";
import { describe, expect, it } from "vitest";
import { isHandheld } from "./handheld.js";

const page = (userAgent: string, maxTouchPoints = 0, mobile?: boolean): Signals =>
  ({
    userAgent: { userAgent, ...(mobile !== undefined && { clientHints: { brands: [], mobile, platform: "" } }) },
    hardware: { concurrency: 8, memory: 8, maxTouchPoints },
  }) as unknown as Signals;

describe("telling a phone or tablet from a PC", () => {
  it.each([
    ["an iPhone", page("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15", 5), true],
    [
      "an Android phone",
      page("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 Chrome/131.0.0.0 Mobile", 5),
      true,
    ],
    [
      "an iPad asking for desktop pages",
      page("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605.1.15", 5),
      true,
    ],
    ["a Mac", page("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605.1.15", 0), false],
    [
      "a Windows PC with a touch screen",
      page("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0.0.0", 10, false),
      false,
    ],
    ["a page whose userAgentData says mobile", page("Mozilla/5.0 (X11; Linux x86_64)", 0, true), true],
  ])("%s", (_case, signals, handheld) => {
    expect(isHandheld(signals)).toBe(handheld);
  });
});
