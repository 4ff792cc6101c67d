import { chromium } from "playwright-core";
import { headedEnv, type Technique, visitInContexts } from "../lab.js";

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
    return visitInContexts(lab, this.name, visits, browser);
  },
};
