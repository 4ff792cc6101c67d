import type { Behavior, Signals } from "@shinsa/shared";
import type { DeviceProfile, DeviceSetup } from "./devices.js";
import type { Rng } from "./prng.js";

// One checkout visit: the SDK payload of a browser profile, and how the form was filled in.

export type Typing = "human" | "autofill" | "paster" | "bot";

const hash = (text: string) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
};

function behavior(rng: Rng, typing: Typing, mobile: boolean): Behavior {
  const field = (keys: number, mean: number | null, pastes = 0, autofills = 0) => ({
    keys,
    intervalMeanMs: keys > 1 ? mean : null,
    intervalSdMs: keys > 1 && mean !== null ? mean * (typing === "bot" ? 0.05 : 0.45) : null,
    pastes,
    autofills,
    focuses: rng.int(1, 3),
  });
  const mean = typing === "bot" ? rng.int(4, 20) : rng.int(mobile ? 180 : 110, mobile ? 380 : 260);
  const filledByHand = typing === "human" || typing === "bot";
  return {
    elapsedMs:
      typing === "bot"
        ? rng.int(2500, 9000)
        : typing === "autofill"
          ? rng.int(25_000, 120_000)
          : rng.int(60_000, 420_000),
    pointerMoves: mobile || typing === "bot" ? 0 : rng.int(80, 900),
    pointerDistance: mobile || typing === "bot" ? 0 : rng.int(3000, 40_000),
    clicks: typing === "bot" ? rng.int(1, 3) : rng.int(4, 25),
    touches: mobile && typing !== "bot" ? rng.int(10, 80) : 0,
    scrolls: typing === "bot" ? 0 : rng.int(2, 40),
    focusChanges: rng.int(4, 14),
    hiddenMs: typing === "paster" ? rng.int(2000, 40_000) : rng.chance(0.3) ? rng.int(500, 30_000) : 0,
    fields: {
      text: field(
        filledByHand ? rng.int(20, 80) : rng.int(0, 6),
        mean,
        typing === "paster" ? rng.int(2, 6) : 0,
        typing === "autofill" ? 1 : 0,
      ),
      email: field(
        filledByHand ? rng.int(12, 30) : 0,
        mean,
        typing === "paster" ? 1 : 0,
        typing === "autofill" ? 1 : 0,
      ),
      tel: field(filledByHand ? 11 : 0, mean, typing === "paster" ? 1 : 0, typing === "autofill" ? 1 : 0),
    },
    submitted: true,
  };
}

// What Chrome 130–132 put in userAgentData.brands beside their own name, as those releases send
// it (seen in their Sec-CH-UA headers): the placeholder brand changes with every major version.
const PLACEHOLDER_BRAND: Record<string, { brand: string; version: string }> = {
  "130": { brand: "Not?A_Brand", version: "99" },
  "131": { brand: "Not_A Brand", version: "24" },
  "132": { brand: "Not A(Brand", version: "8" },
};

/** The brands a real Chromium of the user agent's own major version reports. */
function chromiumBrands(userAgent: string, name: string) {
  const major = /(?:Chrome|CriOS)\/(\d+)/.exec(userAgent)?.[1] ?? "131";
  const placeholder = PLACEHOLDER_BRAND[major] ?? PLACEHOLDER_BRAND["131"];
  return [
    { brand: name, version: major },
    { brand: "Chromium", version: major },
    ...(placeholder ? [placeholder] : []),
  ];
}

export function visit(rng: Rng, setup: DeviceSetup, typing: Typing, clearsStorage = false): DeviceProfile {
  const { hardware: hw, browser: br } = setup;
  const engine = br.name === "firefox" ? "sm" : br.name === "safari" || br.name === "crios" ? "jsc" : "v8";
  const chromium = engine === "v8";
  const mobile = hw.kind === "iphone" || hw.kind === "android";
  const [width, height, pixelRatio] = hw.screen;
  const canvas = br.antiDetect ? `cv-${rng.id(10)}` : `cv-${hash(`${hw.renderer}|${hw.paramsHash}|${engine}`)}`;
  const signals: Signals = {
    userAgent: {
      userAgent: br.userAgent,
      platform: br.platform,
      vendor: engine === "jsc" ? "Apple Computer, Inc." : engine === "v8" ? "Google Inc." : "",
      ...(chromium && {
        clientHints: {
          brands: chromiumBrands(br.userAgent, br.name === "edge" ? "Microsoft Edge" : "Google Chrome"),
          mobile,
          platform: hw.kind === "android" ? "Android" : hw.kind === "mac" ? "macOS" : "Windows",
          ...(hw.kind === "android" && { model: hw.model, platformVersion: "14.0.0" }),
        },
      }),
    },
    locale: { languages: br.languages, language: br.languages[0], intlLocale: br.languages[0] },
    timezone: br.timezone,
    screen: { width, height, colorDepth: hw.kind === "mac" ? 30 : 24, pixelRatio },
    hardware: { concurrency: hw.concurrency, memory: engine === "v8" ? hw.memory : null, maxTouchPoints: hw.touch },
    automation: {
      webdriver: br.bot,
      traces: br.bot ? ["cdc_adoQpoasnfa76pfcZLmcfl_Array"] : [],
      hasChromeObject: chromium,
      pluginCount: chromium && !mobile ? 5 : 0,
    },
    storage: { localStorage: true, sessionStorage: true, indexedDB: true, cookies: true },
    graphics: {
      vendor: engine === "sm" ? "Mozilla" : hw.vendor,
      renderer: engine === "sm" ? hw.model : hw.renderer,
      paramsHash: `${hw.paramsHash}-${engine}`,
    },
    canvas,
    audio: `${hw.audio}-${engine}`,
    math: `m-${engine}`,
    fonts: hw.fonts,
    media: {
      colorGamut: hw.kind === "iphone" || hw.kind === "mac" ? "p3" : "srgb",
      hdr: hw.kind === "iphone",
      colorScheme: rng.chance(0.35) ? "dark" : "light",
      reducedMotion: false,
      contrast: "no-preference",
      forcedColors: false,
      invertedColors: false,
      pointer: mobile ? "coarse" : "fine",
      hover: !mobile,
    },
    network: chromium
      ? { effectiveType: "4g", rttMs: rng.pick([50, 100, 150]), downlinkMbps: 10, saveData: false }
      : "unsupported",
    tampering: br.antiDetect
      ? {
          nonNative: ["HTMLCanvasElement.prototype.toDataURL", "Navigator.prototype.userAgent"],
          ownNavigatorProps: [],
          canvasNoise: true,
        }
      : { nonNative: [], ownNavigatorProps: [], canvasNoise: false },
  };
  return {
    profileKey: setup.profileKey,
    sessionId: `s_${rng.id(16)}`,
    clearsStorage,
    signals,
    behavior: behavior(rng, typing, mobile),
    headers: { "user-agent": br.userAgent, "accept-language": `${br.languages.join(",")};q=0.9` },
  };
}
