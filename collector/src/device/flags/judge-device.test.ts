import type { Signals } from "@shinsa/shared";
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
};
const judge = (signals: Signals, ua = UA) =>
  judgeDevice({ signals, headers: { "user-agent": ua }, client: parseUserAgent(ua) });
const codes = (signals: Signals, ua = UA) => judge(signals, ua).reasons.map((r) => r.code);

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
});
