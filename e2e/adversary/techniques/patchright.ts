import { chromium } from "patchright";
import { headedEnv, type Technique, visitEach } from "../lab.js";

export const patchright: Technique = {
  name: "patchright",
  kind: "attack",
  what: "patchright 1.63.0, the undetected Playwright fork (no Runtime.enable, isolated worlds), headed",
  async run(lab, visits) {
    const browser = await chromium.launch({
      executablePath: lab.chromium,
      headless: false,
      args: lab.args,
      env: headedEnv(lab),
    });
    try {
      return await visitEach(lab, this.name, visits, async () => {
        const context = await browser.newContext({ viewport: null });
        const page = await context.newPage();
        return { goto: (url) => page.goto(url), close: () => context.close() };
      });
    } finally {
      await browser.close();
    }
  },
};
