import { afterEach, describe, expect, it, vi } from "vitest";
import { collectLater } from "../collect.js";
import { standIn } from "../testing/stand-in.js";
import { userAgent } from "./user-agent.js";

const UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0";
const brands = [{ brand: "Chromium", version: "131", extra: "dropped" }];

/** A Chromium navigator whose high-entropy hints answer `values`. */
const chromium = (values: Promise<object>) => {
  const getHighEntropyValues = vi.fn(() => values);
  const nav = standIn<Navigator>({
    userAgent: UA,
    platform: "Win32",
    vendor: "Google Inc.",
    userAgentData: { brands, mobile: false, platform: "Windows", getHighEntropyValues },
  });
  return { nav, getHighEntropyValues };
};
const lowEntropy = { brands: [{ brand: "Chromium", version: "131" }], mobile: false, platform: "Windows" };

describe("userAgent", () => {
  afterEach(() => vi.useRealTimers());

  it("reports the user agent, platform and vendor, without client hints where there are none (Safari, Firefox)", async () => {
    const nav = standIn<Navigator>({ userAgent: UA, platform: "MacIntel", vendor: "Apple Computer, Inc." });
    const expected = { userAgent: UA, platform: "MacIntel", vendor: "Apple Computer, Inc.", clientHints: undefined };
    expect(userAgent.now(nav)).toStrictEqual(expected);
    expect(await userAgent.later(nav)).toStrictEqual(expected);
  });

  it("reports the low-entropy client hints at once, copying only each brand's name and version", () => {
    const { nav, getHighEntropyValues } = chromium(new Promise(() => {}));
    expect(userAgent.now(nav)).toEqual({
      userAgent: UA,
      platform: "Win32",
      vendor: "Google Inc.",
      clientHints: lowEntropy,
    });
    expect(getHighEntropyValues).toHaveBeenCalledWith([
      "platformVersion",
      "architecture",
      "bitness",
      "model",
      "fullVersionList",
    ]);
  });

  it("adds later the five high-entropy hints asked for before the token, and nothing else", async () => {
    const fullVersionList = [{ brand: "Chromium", version: "131.0.6778.86" }];
    const values = { platformVersion: "15.0.0", architecture: "x86", bitness: "64", model: "", fullVersionList };
    const { nav } = chromium(Promise.resolve({ ...values, wow64: false, uaFullVersion: "131.0.6778.86" }));
    userAgent.now(nav);
    expect((await userAgent.later(nav)).clientHints).toStrictEqual({ ...lowEntropy, ...values });
  });

  it("keeps the low-entropy hints when the browser refuses the high-entropy ones", async () => {
    const { nav } = chromium(Promise.reject(new DOMException("denied", "NotAllowedError")));
    userAgent.now(nav);
    expect((await userAgent.later(nav)).clientHints).toEqual(lowEntropy);
  });

  it("records {error: 'timeout'} when the high-entropy hints never arrive", async () => {
    vi.useFakeTimers();
    const { nav } = chromium(new Promise(() => {}));
    userAgent.now(nav);
    const into: Record<string, unknown> = {};
    const done = collectLater(into, { userAgent: { later: () => userAgent.later(nav) } });
    await vi.runAllTimersAsync();
    await done;
    expect(into).toEqual({ userAgent: { error: "timeout" } });
  });
});
