import type { Signals } from "@shinsa/shared";
import type { DeviceFacts } from "../device/flags/judge.js";
import { parseUserAgent } from "../lib/user-agent.js";

// What an honest Chromium 156 on Linux reported in the adversary benchmark (a hand-started
// browser, headed), for the device judges' tests: each test changes the part it is about.
export const HONEST_UA =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
const BRANDS = [
  { brand: "Not:A-Brand", version: "8" },
  { brand: "Chromium", version: "156" },
];

export const honestSignals: Signals = {
  userAgent: {
    userAgent: HONEST_UA,
    platform: "Linux x86_64",
    clientHints: {
      brands: BRANDS,
      mobile: false,
      platform: "Linux",
      fullVersionList: [
        { brand: "Not:A-Brand", version: "8.0.0.0" },
        { brand: "Chromium", version: "156.0.8078.114" },
      ],
    },
  },
  locale: { languages: ["ja-JP", "ja"], language: "ja-JP" },
  timezone: { name: "Asia/Tokyo", offset: -540 },
  hardware: { concurrency: 2, memory: 16, maxTouchPoints: 0 },
  screen: { width: 1920, height: 1080, outerWidth: 1919, outerHeight: 1079, innerWidth: 1919, innerHeight: 936 },
  graphics: { vendor: null, renderer: null, paramsHash: null },
  fonts: ["Arial", "Times New Roman", "Courier New", "DejaVu Sans", "Liberation Sans"],
  media: {
    colorGamut: "srgb",
    hdr: false,
    colorScheme: "light",
    reducedMotion: false,
    contrast: "no-preference",
    forcedColors: false,
    invertedColors: false,
    pointer: "fine",
    hover: true,
  },
  integrity: { lies: [] },
  partition: "partitioned",
  inspector: { consoleMs: [0.8, 0.6, 0.7, 1.1, 0.6, 0.9, 0.7], baselineMs: [0.9, 0.5, 0.5, 0.6, 0.5, 0.8, 0.5] },
  worker: {
    userAgent: HONEST_UA,
    platform: "Linux x86_64",
    languages: ["ja-JP", "ja"],
    concurrency: 2,
    memory: 16,
    timezone: "Asia/Tokyo",
    brands: ["Not:A-Brand;8", "Chromium;156"],
    mobile: false,
    hintPlatform: "Linux",
    gpu: null,
  },
};

export const honestHeaders: Record<string, string> = {
  "user-agent": HONEST_UA,
  "accept-language": "ja-JP,ja;q=0.9",
  "sec-ch-ua": '"Not:A-Brand";v="8", "Chromium";v="156"',
  "sec-ch-ua-mobile": "?0",
  "sec-ch-ua-platform": '"Linux"',
};

/** The honest facts with `signals` and `headers` laid over them. */
export function deviceFacts(signals: Partial<Signals> = {}, headers: Record<string, string> = {}): DeviceFacts {
  const all = { ...honestHeaders, ...headers };
  return { signals: { ...honestSignals, ...signals }, headers: all, client: parseUserAgent(all["user-agent"]) };
}

/** The codes a judge answers for these facts. */
export const codesOf = (judge: (f: DeviceFacts) => { code: string }[], facts: DeviceFacts) =>
  judge(facts).map((r) => r.code);
