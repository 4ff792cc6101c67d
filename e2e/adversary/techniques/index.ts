import type { Technique } from "../lab.js";
import { cdpAttach } from "./cdp-attach.js";
import { fingerprintInjector } from "./fingerprint-injector.js";
import { honest } from "./honest.js";
import { launchFlags } from "./launch-flags.js";
import { patchright } from "./patchright.js";
import { playwrightExtraStealth } from "./playwright-extra-stealth.js";
import { playwrightPlain } from "./playwright-plain.js";
import { puppeteerExtraStealth } from "./puppeteer-extra-stealth.js";
import { rebrowser } from "./rebrowser.js";
import { hasChromedriver, seleniumStealth } from "./selenium-stealth.js";
import { windowsStory } from "./windows-story.js";

// Every technique of the adversary run, controls first: they set the machine's own hardwareId.
export const techniques: Technique[] = [
  honest,
  playwrightPlain,
  playwrightExtraStealth,
  puppeteerExtraStealth,
  fingerprintInjector,
  launchFlags,
  windowsStory,
  patchright,
  rebrowser,
  cdpAttach,
  // Needs Debian's ChromeDriver (apt-get install -y chromium-driver), which the test command installs.
  ...(hasChromedriver() ? [seleniumStealth] : []),
];
