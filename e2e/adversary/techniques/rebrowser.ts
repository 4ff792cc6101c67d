import { chromium } from "rebrowser-playwright-core";
import { headedEnv, type Technique, visitEach } from "../lab.js";

export const rebrowser: Technique = {
  name: "rebrowser-playwright-core",
  kind: "attack",
  what: "rebrowser-playwright-core 1.52.0 (rebrowser-patches: Runtime.enable leak fixed), AutomationControlled off",
  async run(lab, visits) {
    const browser = await chromium.launch({
      executablePath: lab.chromium,
      headless: false,
      args: [...lab.args, "--disable-blink-features=AutomationControlled"],
      ignoreDefaultArgs: ["--enable-automation"],
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
