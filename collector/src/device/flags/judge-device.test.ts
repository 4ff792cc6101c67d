import type { Signals, SignalValue } from "@shinsa/shared";
import { describe, expect, it } from "vitest";
import { parseUserAgent } from "../../lib/user-agent.js";
import { judgeDevice } from "./index.js";

const UA =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const clean: Signals = {
  userAgent: { userAgent: UA, platform: "Win32", clientHints: { brands: [], mobile: false, platform: "Windows" } },
  locale: { languages: ["ja-JP", "ja"] },
  timezone: { name: "Asia/Tokyo", offset: -540 },
  automation: { webdriver: false, traces: [], hasChromeObject: true, pluginCount: 5 },
  storage: { localStorage: true, sessionStorage: true, indexedDB: true, cookies: true, quotaMB: 120_000 },
  graphics: { vendor: "Google Inc. (NVIDIA)", renderer: "ANGLE (NVIDIA GeForce RTX 3060)", paramsHash: "p" },
  tampering: { nonNative: [], ownNavigatorProps: [], canvasNoise: false },
};
const HINTS: Record<string, string> = { "sec-ch-ua-platform": '"Windows"', "sec-ch-ua-mobile": "?0" };
const judge = (signals: Signals, ua = UA, headers: Record<string, string> = HINTS) =>
  judgeDevice({ signals, headers: { "user-agent": ua, ...headers }, client: parseUserAgent(ua) });
const codes = (signals: Signals, ua = UA, headers = HINTS) => judge(signals, ua, headers).reasons.map((r) => r.code);
const tampered = (facts: Partial<SignalValue<"tampering">>): Signals => ({
  ...clean,
  tampering: { nonNative: [], ownNavigatorProps: [], canvasNoise: false, ...facts },
});
const ANDROID_UA =
  "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
const CROS_UA =
  "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const MAC_UA =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const userAgent = (ua: string, platform: string, hint: string, mobile = false): Signals => ({
  ...clean,
  userAgent: { userAgent: ua, platform, clientHints: { brands: [], mobile, platform: hint } },
});

describe("judging a device", () => {
  it("raises no flag for an ordinary Chrome on Windows in Japan", () => {
    const { flags, reasons } = judge(clean);
    expect(reasons).toEqual([]);
    expect(Object.values(flags).every((f) => f === false)).toBe(true);
  });

  it.each<[string, Signals, string, string]>([
    [
      "navigator.webdriver",
      { ...clean, automation: { webdriver: true, traces: [], hasChromeObject: true, pluginCount: 0 } },
      "automation",
      "webdriver",
    ],
    [
      "automation globals",
      { ...clean, automation: { webdriver: false, traces: ["__playwright"], hasChromeObject: true, pluginCount: 5 } },
      "automation",
      "automation_traces",
    ],
    [
      "a Windows platform that client hints call Linux",
      {
        ...clean,
        userAgent: { userAgent: UA, platform: "Win32", clientHints: { brands: [], mobile: false, platform: "Linux" } },
      },
      "tampering",
      "platform_mismatch",
    ],
    [
      "a small storage quota",
      { ...clean, storage: { localStorage: true, sessionStorage: true, indexedDB: true, cookies: true, quotaMB: 100 } },
      "incognito",
      "small_storage_quota",
    ],
    [
      "a VMware GPU",
      { ...clean, graphics: { vendor: "VMware, Inc.", renderer: "SVGA3D; build: RELEASE", paramsHash: "p" } },
      "virtualMachine",
      "virtual_gpu",
    ],
    [
      "Asia/Tokyo with a UTC clock",
      { ...clean, timezone: { name: "Asia/Tokyo", offset: 0 } },
      "timezoneMismatch",
      "timezone_offset_mismatch",
    ],
    [
      "a Japanese-only browser on New York time",
      { ...clean, timezone: { name: "America/New_York", offset: 300 } },
      "timezoneMismatch",
      "japanese_browser_outside_jst",
    ],
    [
      "a canvas toDataURL replaced by script",
      tampered({ nonNative: ["HTMLCanvasElement.toDataURL"] }),
      "tampering",
      "non_native_functions",
    ],
    [
      "a navigator getter that throws when inspected",
      tampered({ nonNative: ["Navigator.platform:throws"] }),
      "tampering",
      "non_native_functions",
    ],
    ["two identical canvas drawings that differ", tampered({ canvasNoise: true }), "tampering", "canvas_noise"],
    [
      "navigator.platform redefined on the object",
      tampered({ ownNavigatorProps: ["platform"] }),
      "tampering",
      "navigator_overrides",
    ],
    [
      "navigator.webdriver hidden on the object",
      tampered({ ownNavigatorProps: ["webdriver"] }),
      "tampering",
      "navigator_overrides",
    ],
  ])("flags %s", (_, signals, flag, code) => {
    const { flags } = judge(signals);
    expect(flags[flag]).toBe(true);
    expect(codes(signals)).toContain(code);
  });

  it("flags a crawler's User-Agent as a bot", () => {
    expect(judge(clean, "Googlebot/2.1 (+http://www.google.com/bot.html)").flags.bot).toBe(true);
  });

  it("counts automation as a bot too", () => {
    const signals = { ...clean, automation: { webdriver: true, traces: [], hasChromeObject: true, pluginCount: 0 } };
    expect(judge(signals).flags.bot).toBe(true);
  });

  it.each<[string, Signals, string, Record<string, string>, string]>([
    [
      "a Linux hint header under a Windows navigator.platform",
      clean,
      UA,
      { "sec-ch-ua-platform": '"Linux"' },
      "platform_header_mismatch",
    ],
    [
      "a Windows User-Agent header on a macOS hint header",
      userAgent(UA, "MacIntel", "macOS"),
      UA,
      { "sec-ch-ua-platform": '"macOS"' },
      "user_agent_header_platform_mismatch",
    ],
    [
      "a page that claims desktop on a mobile hint header",
      clean,
      UA,
      { "sec-ch-ua-platform": '"Windows"', "sec-ch-ua-mobile": "?1" },
      "mobile_header_mismatch",
    ],
  ])("flags %s as tampering", (_, signals, ua, headers, code) => {
    expect(judge(signals, ua, headers).flags.tampering).toBe(true);
    expect(codes(signals, ua, headers)).toContain(code);
  });

  it.each<[string, Signals, string, Record<string, string>]>([
    [
      "Android, whose navigator.platform says Linux armv8l",
      userAgent(ANDROID_UA, "Linux armv8l", "Android", true),
      ANDROID_UA,
      { "sec-ch-ua-platform": '"Android"', "sec-ch-ua-mobile": "?1" },
    ],
    [
      "a Chromebook",
      userAgent(CROS_UA, "Linux x86_64", "Chrome OS"),
      CROS_UA,
      { "sec-ch-ua-platform": '"Chrome OS"', "sec-ch-ua-mobile": "?0" },
    ],
    [
      "Chrome on a Mac",
      userAgent(MAC_UA, "MacIntel", "macOS"),
      MAC_UA,
      { "sec-ch-ua-platform": '"macOS"', "sec-ch-ua-mobile": "?0" },
    ],
    ["a browser that sends no client hints (Safari, Firefox)", clean, UA, {}],
    ["an extension's own navigator property", tampered({ ownNavigatorProps: ["someWallet"] }), UA, HINTS],
  ])("raises no tampering for %s", (_, signals, ua, headers) => {
    expect(judge(signals, ua, headers).reasons).toEqual([]);
  });
});

describe("the reasons' texts", () => {
  it("carry Japanese beside English for a reviewer, whichever judge raised them", () => {
    const everything: Signals = {
      ...clean,
      automation: { webdriver: true, traces: ["cdc_x"], hasChromeObject: true, pluginCount: 0 },
      timezone: { name: "Asia/Tokyo", offset: 0 },
      storage: { localStorage: true, sessionStorage: true, indexedDB: true, cookies: true, quotaMB: 10 },
      graphics: { vendor: "VMware, Inc.", renderer: "SVGA3D", paramsHash: "p" },
      tampering: { nonNative: ["Navigator.platform"], ownNavigatorProps: ["platform"], canvasNoise: true },
      integrity: { lies: ["Navigator.platform:proxy"] },
      screen: { width: 1280, height: 720, outerWidth: 1288, outerHeight: 805 },
    };
    const { reasons } = judge(everything, "HeadlessChrome Googlebot", {
      "sec-ch-ua-platform": '"Linux"',
      "sec-ch-ua-mobile": "?1",
    });
    expect(reasons.length).toBeGreaterThan(10);
    expect(reasons.filter((r) => !r.ja)).toEqual([]);
  });
});
