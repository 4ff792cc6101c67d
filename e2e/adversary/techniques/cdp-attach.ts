import { chromium } from "playwright-core";
import { startByHand } from "../by-hand.js";
import { type Technique, visitEach } from "../lab.js";

// How nodriver and undetected-chromedriver work: the browser is started as a person would start it
// (no --enable-automation, no webdriver), with a DevTools port, and the script attaches afterwards.
export const cdpAttach: Technique = {
  name: "CDP attach (nodriver-style)",
  kind: "attack",
  what: "Chromium started by hand with --remote-debugging-port, AutomationControlled off, then connectOverCDP",
  async run(lab, visits) {
    const started = startByHand(lab, [
      "--remote-debugging-port=0",
      "--disable-blink-features=AutomationControlled",
      "about:blank",
    ]);
    try {
      const browser = await chromium.connectOverCDP(`http://127.0.0.1:${await started.devToolsPort()}`);
      const context = browser.contexts()[0];
      if (!context) throw new Error("no default context");
      return await visitEach(lab, this.name, visits, async () => {
        const page = await context.newPage();
        return { goto: (url) => page.goto(url), close: () => page.close() };
      });
    } finally {
      await started.stop();
    }
  },
};
