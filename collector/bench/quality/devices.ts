import type { Behavior, Signals } from "@shinsa/shared";
import type { Rng } from "./prng.js";

// Devices as the SDK reports them. Identical phones really are identical to a browser: every
// iPhone on one iOS version gives the same graphics, audio, maths and fonts, so they share a
// hardwareId (and often a deviceId). Windows PCs differ by GPU, driver and installed fonts.

export type HardwareKind = "iphone" | "android" | "windows" | "mac";

export interface Hardware {
  kind: HardwareKind;
  model: string;
  vendor: string;
  renderer: string;
  paramsHash: string;
  audio: string;
  fonts: string[];
  concurrency: number;
  memory: number | null;
  touch: number;
  screen: [number, number, number];
}

export interface Browser {
  name: "safari" | "chrome" | "edge" | "firefox" | "crios";
  userAgent: string;
  platform: string;
  languages: string[];
  timezone: { name: string; offset: number };
  /** An anti-detect browser: UA and locale chosen per profile, canvas noised, APIs patched. */
  antiDetect: boolean;
  bot: boolean;
}

/** One browser profile with its own storage: the runner keeps its visitorId between visits. */
export interface DeviceSetup {
  profileKey: string;
  hardware: Hardware;
  browser: Browser;
}

export interface DeviceProfile {
  profileKey: string;
  sessionId: string;
  /** Private mode or cleared storage: the page sends no visitorId. */
  clearsStorage: boolean;
  signals: Signals;
  behavior: Behavior;
  headers: { "user-agent": string; "accept-language": string };
}

const IOS_FONTS = ["Hiragino Sans", "Hiragino Mincho ProN", "Helvetica Neue", "Arial", "Times New Roman"];
const ANDROID_FONTS = ["Noto Sans CJK JP", "Roboto", "Noto Serif CJK JP"];
const WIN_FONTS = ["Meiryo", "Yu Gothic", "MS Gothic", "MS Mincho", "Arial", "Segoe UI"];
const MAC_FONTS = ["Hiragino Sans", "Hiragino Kaku Gothic ProN", "Osaka", "Helvetica Neue", "Arial"];
const OFFICE_FONTS = ["HGMaruGothicMPRO", "HGSoeiKakugothicUB", "Century", "Calibri", "BIZ UDPGothic"];
const EXTRA_FONTS = [
  "Source Han Sans",
  "Noto Sans JP",
  "M PLUS 1p",
  "Kozuka Gothic Pr6N",
  "Adobe Garamond",
  "Consolas",
];

export const IPHONES: readonly [string, [number, number, number]][] = [
  ["iPhone 15", [393, 852, 3]],
  ["iPhone 16", [393, 852, 3]],
  ["iPhone 14", [390, 844, 3]],
  ["iPhone 13", [390, 844, 3]],
  ["iPhone SE", [375, 667, 2]],
  ["iPhone 15 Pro Max", [430, 932, 3]],
];
const ANDROIDS: readonly [string, string, number][] = [
  ["SH-54D", "Adreno (TM) 710", 6], // AQUOS sense8
  ["SO-53D", "Adreno (TM) 619", 6], // Xperia 10 V
  ["Pixel 8", "Mali-G715", 8],
  ["SC-51D", "Adreno (TM) 740", 8], // Galaxy S23
  ["SC-53D", "Mali-G68", 6], // Galaxy A54
];
const WIN_GPUS = [
  ["Intel", "Intel(R) UHD Graphics 620 (0x00005917)"],
  ["Intel", "Intel(R) Iris(R) Xe Graphics (0x00009A49)"],
  ["NVIDIA", "NVIDIA GeForce RTX 3060 (0x00002504)"],
  ["NVIDIA", "NVIDIA GeForce GTX 1650 (0x00001F82)"],
  ["AMD", "AMD Radeon(TM) Graphics (0x00001638)"],
] as const;

export function iphone(model: string, ios: 17 | 18 = 18): Hardware {
  const screen = IPHONES.find(([m]) => m === model)?.[1] ?? [393, 852, 3];
  return {
    kind: "iphone",
    model: `${model}/iOS${ios}`,
    vendor: "Apple Inc.",
    renderer: "Apple GPU",
    paramsHash: `gl-ios${ios}`,
    audio: `au-ios${ios}`,
    fonts: IOS_FONTS,
    concurrency: 4,
    memory: null,
    touch: 5,
    screen,
  };
}

export function newHardware(rng: Rng, kind: HardwareKind): Hardware {
  if (kind === "iphone")
    return iphone(rng.weighted(IPHONES.map(([m], i) => [m, 6 - i] as const)), rng.chance(0.8) ? 18 : 17);
  if (kind === "android") {
    const [model, gpu, mem] = rng.pick(ANDROIDS);
    return {
      kind,
      model,
      vendor: "Google Inc. (Qualcomm)",
      renderer: gpu,
      paramsHash: `gl-${model}`,
      audio: `au-${gpu}`,
      fonts: ANDROID_FONTS,
      concurrency: 8,
      memory: mem >= 8 ? 8 : 4,
      touch: 5,
      screen: [rng.pick([393, 412, 384]), rng.pick([873, 915, 854]), rng.pick([2.75, 2.625, 3])],
    };
  }
  if (kind === "mac") {
    const chip = rng.pick(["Apple M1", "Apple M2", "Apple M3"]);
    return {
      kind,
      model: chip,
      vendor: "Apple Inc.",
      renderer: chip,
      paramsHash: `gl-${chip}`,
      audio: "au-mac",
      fonts: rng.chance(0.4) ? [...MAC_FONTS, ...OFFICE_FONTS] : MAC_FONTS,
      concurrency: 8,
      memory: 8,
      touch: 0,
      screen: rng
        .pick([
          [1470, 956, 2],
          [1440, 900, 2],
          [1512, 982, 2],
        ] as const)
        .slice() as [number, number, number],
    };
  }
  const [gpuVendor, gpu] = rng.pick(WIN_GPUS);
  const fonts = [...WIN_FONTS, ...(rng.chance(0.6) ? OFFICE_FONTS : []), ...rng.sample(EXTRA_FONTS, rng.int(0, 3))];
  return {
    kind,
    model: gpu,
    vendor: `Google Inc. (${gpuVendor})`,
    renderer: `ANGLE (${gpuVendor}, ${gpu} Direct3D11 vs_5_0 ps_5_0, D3D11)`,
    paramsHash: `gl-${gpu}-drv${rng.int(1, 3)}`,
    audio: "au-win",
    fonts,
    concurrency: rng.pick([4, 8, 12, 16]),
    memory: rng.pick([4, 8, 8]),
    touch: 0,
    screen: rng
      .pick([
        [1920, 1080, 1],
        [1366, 768, 1],
        [1536, 864, 1.25],
        [2560, 1440, 1],
      ] as const)
      .slice() as [number, number, number],
  };
}

const JST = { name: "Asia/Tokyo", offset: -540 };
const JA = ["ja-JP", "ja"];

export function browserOn(
  rng: Rng,
  hw: Hardware,
  opts: Partial<Pick<Browser, "languages" | "timezone" | "antiDetect" | "bot">> = {},
): Browser {
  const base = {
    languages: opts.languages ?? (rng.chance(0.8) ? JA : ["ja", "en-US"]),
    timezone: opts.timezone ?? JST,
  };
  const flags = { antiDetect: opts.antiDetect ?? false, bot: opts.bot ?? false };
  const chrome = `Chrome/${rng.pick([130, 131, 132])}.0.0.0`;
  if (hw.kind === "iphone") {
    const v = hw.model.endsWith("18") ? `18_${rng.int(0, 2)}` : "17_6";
    const crios = rng.chance(0.1);
    const tail = crios
      ? `CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1`
      : `Version/${v.replace("_", ".")} Mobile/15E148 Safari/604.1`;
    const ua = `Mozilla/5.0 (iPhone; CPU iPhone OS ${v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) ${tail}`;
    return { name: crios ? "crios" : "safari", userAgent: ua, platform: "iPhone", ...base, ...flags };
  }
  if (hw.kind === "android") {
    const ua = `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) ${chrome} Mobile Safari/537.36`;
    return { name: "chrome", userAgent: ua, platform: "Linux armv81", ...base, ...flags };
  }
  if (hw.kind === "mac") {
    const safari = rng.chance(0.6);
    const ua = safari
      ? "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15"
      : `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) ${chrome} Safari/537.36`;
    return { name: safari ? "safari" : "chrome", userAgent: ua, platform: "MacIntel", ...base, ...flags };
  }
  const name = rng.weighted([
    ["chrome", 62],
    ["edge", 32],
    ["firefox", 6],
  ] as const);
  const win = "Mozilla/5.0 (Windows NT 10.0; Win64; x64)";
  const ua =
    name === "firefox"
      ? `${win}; rv:133.0) Gecko/20100101 Firefox/133.0`.replace("x64);", "x64;")
      : `${win} AppleWebKit/537.36 (KHTML, like Gecko) ${chrome} Safari/537.36${name === "edge" ? " Edg/131.0.0.0" : ""}`;
  return { name, userAgent: ua, platform: "Win32", ...base, ...flags };
}
