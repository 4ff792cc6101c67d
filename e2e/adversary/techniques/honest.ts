import { startByHand } from "../by-hand.js";
import type { Outcome, Technique } from "../lab.js";
import { settledDevice } from "../visit.js";

// People: Chromium started with no DevTools connection and no automation switch, headed, a fresh
// profile each visit, the checkout's address on its command line. The page reports its own token.
// Window sizes and languages vary; a Japanese browser runs on Japan's clock, as a shopper's does.
const PEOPLE = [
  { size: "1920,1080", lang: "ja-JP", languages: "ja-JP,ja", tz: "Asia/Tokyo" },
  { size: "1366,768", lang: "ja-JP", languages: "ja-JP,ja,en-US", tz: "Asia/Tokyo" },
  { size: "1280,800", lang: "en-US", languages: "en-US,en", tz: "America/New_York" },
  { size: "1024,700", lang: "en-GB", languages: "en-GB,en", tz: "Europe/London" },
  { size: "800,600", lang: "ja-JP", languages: "ja-JP,ja", tz: "Asia/Tokyo" },
];

export const honest: Technique = {
  name: "honest Chromium (control)",
  kind: "control",
  what: "started by hand under Xvfb, no automation, no DevTools; 5 window sizes and languages in turn",
  async run(lab, visits) {
    const outcome: Outcome = { devices: [], failures: [] };
    for (let i = 0; i < visits; i++) {
      const person = PEOPLE[i % PEOPLE.length] ?? PEOPLE[0];
      if (!person) break;
      const id = `honest-${i}-${Date.now()}`;
      const started = startByHand(
        lab,
        [
          `--window-size=${person.size}`,
          `--lang=${person.lang}`,
          `--accept-lang=${person.languages}`,
          lab.checkout.url(id),
        ],
        { TZ: person.tz, LANGUAGE: person.lang.replace("-", "_"), LANG: `${person.lang.replace("-", "_")}.UTF-8` },
      );
      try {
        const token = await lab.checkout.tokenOf(id);
        outcome.devices.push(await settledDevice(lab.collector, lab.secretKey, token));
      } catch (err) {
        outcome.failures.push(String(err).slice(0, 200));
      } finally {
        await started.stop();
      }
    }
    return outcome;
  },
};
