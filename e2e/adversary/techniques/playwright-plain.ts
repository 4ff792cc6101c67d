import { chromium } from "playwright-core";
import { headedEnv, type Technique, visitEach } from "../lab.js";

export const playwrightPlain: Technique = {
  name: "Playwright, plain",
  kind: "attack",
  what: "playwright-core launch, headed, nothing hidden: the reference every check already catches",
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
