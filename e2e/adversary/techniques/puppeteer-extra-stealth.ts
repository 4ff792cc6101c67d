import puppeteer from "puppeteer-core";
import { addExtra } from "puppeteer-extra";
import StealthPlugin from "puppeteer-extra-plugin-stealth";
import { headedEnv, type Technique, visitEach } from "../lab.js";

const stealthy = addExtra(puppeteer);
stealthy.use(StealthPlugin());

export const puppeteerExtraStealth: Technique = {
  name: "puppeteer-extra + stealth",
  kind: "attack",
  what: "puppeteer-extra 3.3.6 over puppeteer-core 25 with puppeteer-extra-plugin-stealth, every evasion on",
  async run(lab, visits) {
    const browser = await stealthy.launch({
      executablePath: lab.chromium,
      headless: false,
      args: lab.args,
      env: headedEnv(lab),
    });
    try {
      return await visitEach(lab, this.name, visits, async () => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        return { goto: (url) => page.goto(url), close: () => context.close() };
      });
    } finally {
      await browser.close();
    }
  },
};
