import { chromium } from "patchright";
import { headedEnv, type Technique, visitInContexts } from "../lab.js";

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
    return visitInContexts(lab, this.name, visits, browser, { viewport: null });
  },
};
