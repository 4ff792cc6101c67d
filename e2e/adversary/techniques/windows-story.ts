import { chromium } from "playwright-core";
import { headedEnv, type Technique, visitEach } from "../lab.js";

// A consistent Windows machine told over the DevTools protocol, as anti-detect tooling does:
// the User-Agent header and navigator.userAgent, navigator.platform and the client-hint metadata
// (headers and userAgentData) all say Windows 10 x64 Chrome of this major version.
export const windowsStory: Technique = {
  name: "Windows story over CDP",
  kind: "attack",
  what: "Emulation.setUserAgentOverride with Windows UA, platform Win32 and matching client-hint metadata; AutomationControlled off",
  async run(lab, visits) {
    const browser = await chromium.launch({
      executablePath: lab.chromium,
      headless: false,
      args: [...lab.args, "--disable-blink-features=AutomationControlled"],
      ignoreDefaultArgs: ["--enable-automation"],
      env: headedEnv(lab),
    });
    const version = browser.version();
    const major = version.split(".")[0] ?? "0";
    const userAgent = `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${major}.0.0.0 Safari/537.36`;
    const brands = [
      { brand: "Chromium", version: major },
      { brand: "Google Chrome", version: major },
      { brand: "Not_A Brand", version: "24" },
    ];
    try {
      return await visitEach(lab, this.name, visits, async () => {
        const context = await browser.newContext({ locale: "ja-JP", timezoneId: "Asia/Tokyo" });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send("Emulation.setUserAgentOverride", {
          userAgent,
          acceptLanguage: "ja-JP,ja;q=0.9",
          platform: "Win32",
          userAgentMetadata: {
            brands,
            fullVersionList: brands.map((b) => ({ ...b, version: b.brand === "Not_A Brand" ? "24.0.0.0" : version })),
            platform: "Windows",
            platformVersion: "15.0.0",
            architecture: "x86",
            model: "",
            mobile: false,
            bitness: "64",
            wow64: false,
          },
        });
        return { goto: (url) => page.goto(url), close: () => context.close() };
      });
    } finally {
      await browser.close();
    }
  },
};
