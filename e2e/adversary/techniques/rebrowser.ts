import { chromium } from "rebrowser-playwright-core";
import { headedEnv, type Technique, visitInContexts } from "../lab.js";

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
    return visitInContexts(lab, this.name, visits, browser, { viewport: null });
  },
};
