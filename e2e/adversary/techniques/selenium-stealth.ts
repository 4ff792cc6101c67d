import { existsSync } from "node:fs";
import { Builder } from "selenium-webdriver";
import chrome from "selenium-webdriver/chrome.js";
import { headedEnv, type Technique, visitEach } from "../lab.js";

// Debian's ChromeDriver (`apt-get install -y chromium-driver`), never one Selenium Manager would
// download: the driver path is given, and SE_OFFLINE forbids the manager any request.
export const CHROMEDRIVER = process.env.CHROMEDRIVER_PATH ?? "/usr/bin/chromedriver";
export const hasChromedriver = () => existsSync(CHROMEDRIVER);

// The recipe every "undetectable Selenium" answer gives: no "Chrome is being controlled" switch,
// AutomationControlled off, and navigator.webdriver hidden by a script the driver adds to every
// new document over the DevTools protocol.
export const seleniumStealth: Technique = {
  name: "Selenium + ChromeDriver, stealth options",
  kind: "attack",
  what: "selenium-webdriver 4.54.0 with Debian's ChromeDriver: excludeSwitches enable-automation, AutomationControlled off, webdriver hidden by Page.addScriptToEvaluateOnNewDocument",
  async run(lab, visits) {
    process.env.SE_OFFLINE = "true";
    const options = new chrome.Options();
    options.setChromeBinaryPath(lab.chromium);
    options.addArguments(...lab.args, "--disable-blink-features=AutomationControlled");
    options.excludeSwitches("enable-automation");
    const service = new chrome.ServiceBuilder(CHROMEDRIVER).setEnvironment(headedEnv(lab));
    const driver = await new Builder().forBrowser("chrome").setChromeOptions(options).setChromeService(service).build();
    try {
      await (driver as unknown as chrome.Driver).sendDevToolsCommand("Page.addScriptToEvaluateOnNewDocument", {
        source: "Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => undefined })",
      });
      return await visitEach(lab, this.name, visits, async () => ({
        goto: (url) => driver.get(url),
        close: async () => undefined,
      }));
    } finally {
      await driver.quit();
    }
  },
};
