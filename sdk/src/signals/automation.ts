import type { SignalValue } from "@shinsa/shared";
import type { Source } from "./source.js";

// Globals that automation tools and headless runtimes leave on the page (Selenium, ChromeDriver,
// PhantomJS, Nightmare, Playwright's bindings, Cypress, Electron/Node). Facts only: the collector
// decides what they mean.
const WINDOW_TRACES = [
  "_phantom",
  "callPhantom",
  "__nightmare",
  "domAutomation",
  "domAutomationController",
  "_selenium",
  "callSelenium",
  "_Selenium_IDE_Recorder",
  "__webdriver_script_fn",
  "__driver_evaluate",
  "__webdriver_evaluate",
  "__selenium_evaluate",
  "__fxdriver_evaluate",
  "__driver_unwrapped",
  "__webdriver_unwrapped",
  "__selenium_unwrapped",
  "__fxdriver_unwrapped",
  "__lastWatirAlert",
  "__playwright__binding__",
  "__pwInitScripts",
  "Cypress",
];
// ChromeDriver names its cache `cdc_<22 characters>_Array` (or `$cdc_…`), patched drivers keep the
// shape with other letters. Generic globals like `process` or `Buffer` are left out: bundlers
// polyfill them on ordinary shops.
const DRIVER_KEY = /^\$?(cdc|wdc)_|^[a-z]{3}_[A-Za-z0-9]{22}_(Array|Promise|Symbol)$/;

type Automation = SignalValue<"automation">;

function read(scanKeys: boolean, w: Window): Automation {
  const { document, navigator } = w;
  const traces = WINDOW_TRACES.filter((name) => name in w);
  // Listing every key of window and document took 2–6 ms in a fresh renderer: after the token.
  if (scanKeys) {
    for (const key of [...Object.keys(w), ...Object.keys(document)]) {
      if (DRIVER_KEY.test(key)) traces.push(key);
    }
  }
  for (const attr of ["webdriver", "selenium", "driver"]) {
    if (document.documentElement.hasAttribute(attr)) traces.push(`attr:${attr}`);
  }
  if (/HeadlessChrome/.test(navigator.userAgent)) traces.push("headless_user_agent");
  if (w.outerWidth === 0 && w.outerHeight === 0) traces.push("zero_outer_size");
  const chrome = (w as { chrome?: unknown }).chrome;
  return {
    webdriver: navigator.webdriver ?? null,
    traces: traces.slice(0, 64),
    hasChromeObject: typeof chrome === "object" && chrome !== null,
    pluginCount: navigator.plugins?.length ?? null,
  };
}

export const automation = {
  now: (w: Window = window) => read(false, w),
  later: (w: Window = window) => read(true, w),
} satisfies Source<Automation>;
