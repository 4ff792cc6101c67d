import { describe, expect, it } from "vitest";
import { collectNow } from "../collect.js";
import { standIn } from "../testing/stand-in.js";
import { automation } from "./automation.js";

const CHROME_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0";

/** A desktop Chrome window; `globals` are added to it, `documentKeys` to its document. */
interface Traces {
  globals?: object;
  documentKeys?: object;
  attributes?: string[];
  userAgent?: string;
}
const chromeWindow = ({ globals = {}, documentKeys = {}, attributes = [], userAgent = CHROME_UA }: Traces = {}) =>
  standIn({
    document: { ...documentKeys, documentElement: { hasAttribute: (a: string) => attributes.includes(a) } },
    navigator: { userAgent, webdriver: false, plugins: { length: 5 } },
    outerWidth: 1280,
    outerHeight: 800,
    chrome: {},
    ...globals,
  });

describe("automation", () => {
  it("reports a plain Chrome with no traces", () => {
    expect(automation.now(chromeWindow())).toEqual({
      webdriver: false,
      traces: [],
      hasChromeObject: true,
      pluginCount: 5,
    });
  });

  it("lists the globals automation tools leave on the page", () => {
    const w = chromeWindow({ globals: { Cypress: {}, callPhantom: () => {}, __playwright__binding__: {} } });
    expect(automation.now(w).traces).toEqual(["callPhantom", "__playwright__binding__", "Cypress"]);
  });

  it("finds ChromeDriver's cdc_ keys and patched drivers' look-alikes only when scanning after the token", () => {
    const w = chromeWindow({
      globals: { cdc_adoQpoasnfa76pfcZLmcfl_Array: [], xyz_adoQpoasnfa76pfcZLmcfl_Promise: Promise },
      documentKeys: { $wdc_asdjflasutopfhvcZLmcfl_: {} },
    });
    expect(automation.now(w).traces).toEqual([]);
    expect(automation.later(w).traces).toEqual([
      "cdc_adoQpoasnfa76pfcZLmcfl_Array",
      "xyz_adoQpoasnfa76pfcZLmcfl_Promise",
      "$wdc_asdjflasutopfhvcZLmcfl_",
    ]);
  });

  it("leaves the globals bundlers and shops define alone", () => {
    const w = chromeWindow({ globals: { process: {}, Buffer: {}, jQuery36001234567890: {}, dataLayer: [] } });
    expect(automation.later(w).traces).toEqual([]);
  });

  it("notes driver attributes on <html>, a HeadlessChrome user agent and a window of no outer size", () => {
    const w = chromeWindow({
      attributes: ["webdriver", "driver"],
      userAgent: CHROME_UA.replace("Chrome/", "HeadlessChrome/"),
      globals: { outerWidth: 0, outerHeight: 0 },
    });
    expect(automation.now(w).traces).toEqual([
      "attr:webdriver",
      "attr:driver",
      "headless_user_agent",
      "zero_outer_size",
    ]);
  });

  it("reports null for navigator.webdriver and plugins where the browser lacks them, and no chrome object", () => {
    const w = standIn({
      document: { documentElement: { hasAttribute: () => false } },
      navigator: { userAgent: "Mozilla/5.0 (iPhone)" },
      outerWidth: 390,
      outerHeight: 844,
      chrome: null,
    });
    expect(automation.now(w)).toEqual({ webdriver: null, traces: [], hasChromeObject: false, pluginCount: null });
  });

  it("keeps at most 64 traces", () => {
    const keys = Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`cdc_${i}`, i]));
    expect(automation.later(chromeWindow({ globals: keys })).traces).toHaveLength(64);
  });

  it("records {error} when a Proxy window throws on inspection", () => {
    const w = new Proxy(chromeWindow(), {
      has() {
        throw new Error("inspected");
      },
    });
    expect(collectNow({ automation: { now: () => automation.now(w) } })).toEqual({
      automation: { error: "Error: inspected" },
    });
  });
});
