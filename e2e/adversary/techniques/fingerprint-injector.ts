import { newInjectedContext } from "fingerprint-injector";
import { chromium } from "playwright-core";
import { headedEnv, type Technique, visitEach } from "../lab.js";

// One desktop Chromium wearing a new generated fingerprint per visit, the four systems in turn,
// each with a Japanese locale and Tokyo clock so that the old time-zone check has nothing to say:
// the story a resale-ring operator rotating accounts would tell.
const STORIES = [
  { operatingSystems: ["windows"], devices: ["desktop"], browsers: ["chrome"] },
  { operatingSystems: ["macos"], devices: ["desktop"], browsers: ["chrome"] },
  { operatingSystems: ["android"], devices: ["mobile"], browsers: ["chrome"] },
  { operatingSystems: ["ios"], devices: ["mobile"], browsers: ["safari"] },
] as const;

export const fingerprintInjector: Technique = {
  name: "fingerprint-injector",
  kind: "attack",
  what: "fingerprint-injector + fingerprint-generator 2.1.88: a new Windows, macOS, Android or iOS fingerprint per visit, ja-JP, Asia/Tokyo",
  async run(lab, visits) {
    const browser = await chromium.launch({
      executablePath: lab.chromium,
      headless: false,
      args: lab.args,
      env: headedEnv(lab),
    });
    try {
      return await visitEach(lab, this.name, visits, async (i) => {
        const story = STORIES[i % STORIES.length];
        // biome-ignore lint/suspicious/noExplicitAny: fingerprint-injector types its browser as the `playwright` package's, the same API as playwright-core's
        const context = await newInjectedContext(browser as any, {
          fingerprintOptions: { ...story, locales: ["ja-JP"] } as never,
          newContextOptions: { timezoneId: "Asia/Tokyo", locale: "ja-JP" },
        });
        const page = await context.newPage();
        return { goto: (url) => page.goto(url), close: () => context.close() };
      });
    } finally {
      await browser.close();
    }
  },
};
