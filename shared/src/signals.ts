import { z } from "zod";

// Raw facts the SDK reports about the device. The SDK collects, the collector judges: nothing
// here is a conclusion. Each signal is either its value or `{error}` when it threw unexpectedly;
// expected failures ("unsupported") are values of the signal itself.

const str = (max = 512) => z.string().max(max);
const shortList = (max = 64) => z.array(str(128)).max(max);

/** A signal that threw in the browser: recorded, never fatal to the others. */
export const signalErrorSchema = z.object({ error: str(200) });

const signal = <T extends z.ZodType>(value: T) => z.union([value, signalErrorSchema]).optional();

export const userAgentSignal = z.object({
  userAgent: str(1024),
  platform: str(128).optional(),
  vendor: str(128).optional(),
  /** `navigator.userAgentData`, with high-entropy values when they arrived in time. */
  clientHints: z
    .object({
      brands: z.array(z.object({ brand: str(128), version: str(64) })).max(16),
      mobile: z.boolean(),
      platform: str(128),
      platformVersion: str(64).optional(),
      architecture: str(64).optional(),
      bitness: str(16).optional(),
      model: str(128).optional(),
      fullVersionList: z
        .array(z.object({ brand: str(128), version: str(64) }))
        .max(16)
        .optional(),
    })
    .optional(),
});

export const localeSignal = z.object({
  languages: shortList(32),
  language: str(64).optional(),
  intlLocale: str(64).optional(),
  calendar: str(64).optional(),
  numberingSystem: str(64).optional(),
});

export const timezoneSignal = z.object({
  /** IANA name from Intl, when Intl was available. */
  name: str(64).optional(),
  /** `Date#getTimezoneOffset()` in minutes, as the browser reports it (JST is -540). */
  offset: z.number().int().min(-1000).max(1000),
});

export const screenSignal = z.object({
  width: z.number(),
  height: z.number(),
  availWidth: z.number().optional(),
  availHeight: z.number().optional(),
  innerWidth: z.number().optional(),
  innerHeight: z.number().optional(),
  outerWidth: z.number().optional(),
  outerHeight: z.number().optional(),
  colorDepth: z.number().optional(),
  pixelRatio: z.number().optional(),
});

export const hardwareSignal = z.object({
  concurrency: z.number().nullable(),
  memory: z.number().nullable(),
  maxTouchPoints: z.number().nullable(),
});

export const automationSignal = z.object({
  webdriver: z.boolean().nullable(),
  /** Names of globals or traces that automation tools leave behind. */
  traces: shortList(),
  hasChromeObject: z.boolean().nullable(),
  pluginCount: z.number().nullable(),
});

export const storageSignal = z.object({
  localStorage: z.boolean(),
  sessionStorage: z.boolean(),
  indexedDB: z.boolean(),
  cookies: z.boolean(),
  quotaMB: z.number().nullable().optional(),
});

export const graphicsSignal = z.object({
  vendor: str(256).nullable(),
  renderer: str(256).nullable(),
  /** Hash of the WebGL parameters and extensions. */
  paramsHash: str(128).nullable(),
});

/** CSS media features: display and input facts the page could style by anyway. */
export const mediaSignal = z.object({
  /** `p3`, `rec2020`, `srgb`, or null when no `color-gamut` query matched. */
  colorGamut: str(16).nullable(),
  /** `dynamic-range: high`. */
  hdr: z.boolean(),
  colorScheme: str(16).nullable(),
  reducedMotion: z.boolean(),
  contrast: str(16).nullable(),
  forcedColors: z.boolean(),
  invertedColors: z.boolean(),
  /** The primary pointer: `fine`, `coarse` or `none`. */
  pointer: str(16).nullable(),
  hover: z.boolean(),
});

/** `navigator.connection` (Chromium only): a datacentre proxy shows an oddly small round trip. */
export const networkSignal = z.object({
  effectiveType: str(16).nullable(),
  rttMs: z.number().nullable(),
  downlinkMbps: z.number().nullable(),
  saveData: z.boolean().nullable(),
});

/** Facts that the page's own APIs were changed: anti-detect browsers and extensions do this. */
export const tamperingSignal = z.object({
  /** Built-in functions and getters whose source is not `[native code]`. */
  nonNative: shortList(),
  /** Properties defined on the navigator object itself; a real browser keeps them on the prototype. */
  ownNavigatorProps: shortList(),
  /** Two identical canvas drawings that differ: canvas noise. Null until measured or when unsupported. */
  canvasNoise: z.boolean().nullable(),
});

/**
 * The same navigator, clock and WebGL facts read again inside a dedicated Worker. Script injected
 * into pages (init scripts, extensions' content scripts) does not run there, so a worker that
 * disagrees with the page tells which one was rewritten. `blocked` when the page's CSP forbids a
 * blob: worker: unknown, never evidence.
 */
export const workerSignal = z.union([
  z.object({
    userAgent: str(1024),
    platform: str(128),
    languages: shortList(32),
    concurrency: z.number().nullable(),
    memory: z.number().nullable(),
    timezone: str(64).nullable(),
    /** `userAgentData` brands as `brand;version`, null where the worker has none. */
    brands: shortList(16).nullable(),
    mobile: z.boolean().nullable(),
    hintPlatform: str(128).nullable(),
    /** WebGL unmasked vendor and renderer through OffscreenCanvas, null when it has none. */
    gpu: z.array(str(256)).max(2).nullable(),
  }),
  z.literal("unsupported"),
  z.literal("blocked"),
]);

/**
 * Native built-ins that answer as no native built-in does: a getter that does not throw on a
 * foreign receiver, a function with a `prototype` it should not have, a Proxy (its prototype chain
 * can be made cyclic), `webdriver` missing from Navigator.prototype. Each entry is
 * `Owner.name:test`.
 */
export const integritySignal = z.object({ lies: shortList() });

/**
 * Whether a document of the page's own origin, framed under another site, gets storage of its own
 * (Chromium's third-party storage partitioning, on for everyone since 115 and off in browsers
 * Playwright launches). `shared`: it read the page's own mark; `blocked`: it was refused storage;
 * `unknown`: a CSP refused the frame or it timed out; `framed`: the page is itself in a frame.
 */
export const partitionSignal = z.enum(["partitioned", "shared", "blocked", "unknown", "framed"]);

/**
 * What it costs this page to log to the console, beside plain JavaScript of about the same work:
 * one entry per round, in ms (`consoleMs` ten `console.debug` calls of forty small objects,
 * `baselineMs` a hundred `JSON.stringify` of the same objects). A DevTools client with the Runtime
 * domain on (a driver attached over the DevTools protocol, or DevTools open) builds a preview of
 * every argument and sends it: the console turns ten to thirty times dearer. Every round is sent,
 * not a summary, because a busy machine inflates single rounds and the judge picks what resists
 * that. `unknown` when `console.debug` is not the browser's own (a site that silences or wraps it).
 */
export const inspectorSignal = z.union([
  z.object({
    consoleMs: z.array(z.number().min(0).max(60_000)).min(1).max(16),
    baselineMs: z.array(z.number().min(0).max(60_000)).min(1).max(16),
  }),
  z.literal("unknown"),
]);

/** Every signal the payload may carry, by name. Unknown names are dropped by the validator. */
// The one place where unknown fields are dropped rather than refused (everything else in the wire
// schema is strict): in a rolling upgrade a page may load /sdk.js from a newer collector and post
// to an older one, and a signal that collector cannot read yet must not cost the shopper a token.
export const signalsSchema = z.object({
  userAgent: signal(userAgentSignal),
  locale: signal(localeSignal),
  timezone: signal(timezoneSignal),
  screen: signal(screenSignal),
  hardware: signal(hardwareSignal),
  automation: signal(automationSignal),
  storage: signal(storageSignal),
  graphics: signal(graphicsSignal),
  canvas: signal(z.union([str(128), z.literal("unsupported")])),
  audio: signal(z.union([str(128), z.literal("unsupported")])),
  math: signal(str(128)),
  fonts: signal(shortList(128)),
  media: signal(mediaSignal),
  network: signal(z.union([networkSignal, z.literal("unsupported")])),
  tampering: signal(tamperingSignal),
  worker: signal(workerSignal),
  integrity: signal(integritySignal),
  partition: signal(partitionSignal),
  inspector: signal(inspectorSignal),
});
export type Signals = z.infer<typeof signalsSchema>;
export type SignalName = keyof Signals;
/** The value type of one signal, without its `{error}` alternative. */
export type SignalValue<K extends SignalName> = Exclude<NonNullable<Signals[K]>, { error: string }>;

/** A signal's value, or undefined when the browser did not report it or recorded an error. */
export function signalValue<K extends SignalName>(signals: Signals, name: K): SignalValue<K> | undefined {
  // Read as unknown: narrowing the union of every signal's type is more than tsc will represent.
  const v: unknown = signals[name];
  if (v === undefined || (typeof v === "object" && v !== null && "error" in v)) return undefined;
  return v as SignalValue<K>;
}
