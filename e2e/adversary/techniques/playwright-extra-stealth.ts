import { chromium } from "playwright-extra";
import StealthPlugin from "puppeteer-extra-plugin-stealth";
import { headedEnv, type Technique, visitInContexts } from "../lab.js";

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
    return visitInContexts(lab, this.name, visits, browser);
  },
};
