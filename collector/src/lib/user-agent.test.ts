import { describe, expect, it } from "vitest";
import { parseUserAgent } from "./user-agent.js";

const CHROME_WINDOWS =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const SAFARI_IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

describe("parseUserAgent", () => {
  it("names the browser, the OS and the device class, desktop when the header names no device", () => {
    expect(parseUserAgent(CHROME_WINDOWS)).toEqual({
      browser: { name: "Chrome", version: "131.0.0.0" },
      os: { name: "Windows", version: "10" },
      device: { type: "desktop", vendor: null, model: null },
    });
    expect(parseUserAgent(SAFARI_IPHONE)).toMatchObject({
      browser: { name: "Mobile Safari" },
      os: { name: "iOS", version: "17.5" },
      device: { type: "mobile", vendor: "Apple", model: "iPhone" },
    });
  });

  it("answers a header seen before as the first time, and another header for itself", () => {
    const first = parseUserAgent(SAFARI_IPHONE);
    expect(parseUserAgent(SAFARI_IPHONE)).toEqual(first);
    expect(parseUserAgent(CHROME_WINDOWS).os.name).toBe("Windows");
    expect(parseUserAgent(undefined)).toEqual({
      browser: { name: null, version: null },
      os: { name: null, version: null },
      device: { type: "desktop", vendor: null, model: null },
    });
  });

  it("hands out answers no caller can change for the next one", () => {
    const client = parseUserAgent(CHROME_WINDOWS);
    expect(() => {
      (client.browser as { name: string | null }).name = "Edge";
    }).toThrow(TypeError);
    expect(parseUserAgent(CHROME_WINDOWS).browser.name).toBe("Chrome");
  });

  it("still parses every header right after thousands of made-up ones have filled what it keeps", () => {
    for (let i = 0; i < 6000; i++) parseUserAgent(`bot-${i}/1.0`);
    expect(parseUserAgent(`bot-1/1.0`).browser.name).toBe(parseUserAgent(`bot-5999/1.0`).browser.name);
    expect(parseUserAgent(SAFARI_IPHONE).os).toEqual({ name: "iOS", version: "17.5" });
  });
});
