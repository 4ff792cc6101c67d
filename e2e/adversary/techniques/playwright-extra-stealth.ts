import { chromium } from "playwright-extra";
import StealthPlugin from "puppeteer-extra-plugin-stealth";
import { headedEnv, type Technique, visitEach } from "../lab.js";

chromium.use(StealthPlugin());

export const playwrightExtraStealth: Technique = {
  name: "playwright-extra + stealth",
  kind: "attack",
  what: "playwright-extra 4.3.6 with puppeteer-extra-plugin-stealth 2.11.2, every evasion on",
  async run(lab, visits) {
    const browser = await chromium.launch({
      executablePath: lab.chromium,
      headless: false,
      args: lab.args,
      env: headedEnv(lab),
    });
    try {
      return await visitEach(lab, this.name, visits, async () => {
        const context = await browser.newContext();
        const page = await context.newPage();
        return { goto: (url) => page.goto(url), close: () => context.close() };
      });
    } finally {
      await browser.close();
    }
  },
};
