import { chromium } from "playwright-core";
import { headedEnv, type Technique, visitInContexts } from "../lab.js";

export const launchFlags: Technique = {
  name: "AutomationControlled off",
  kind: "attack",
  what: '--disable-blink-features=AutomationControlled, --enable-automation dropped, a user agent without "Headless"',
  async run(lab, visits) {
    const browser = await chromium.launch({
      executablePath: lab.chromium,
      headless: false,
      args: [...lab.args, "--disable-blink-features=AutomationControlled"],
      ignoreDefaultArgs: ["--enable-automation"],
      env: headedEnv(lab),
    });
    const userAgent = (
      await browser.newBrowserCDPSession().then((s) => s.send("Browser.getVersion"))
    ).userAgent.replace("HeadlessChrome", "Chrome");
    return visitInContexts(lab, this.name, visits, browser, { userAgent });
  },
};
