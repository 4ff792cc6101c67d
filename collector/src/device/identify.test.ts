import type { Signals } from "@shinsa/shared";
import { describe, expect, it } from "vitest";
import { getDeviceId, getHardwareId } from "./identify.js";

const windowsChrome: Signals = {
  userAgent: { userAgent: "Mozilla/5.0 (Windows NT 10.0) Chrome/131.0.0.0", platform: "Win32" },
  locale: { languages: ["ja-JP"] },
  timezone: { name: "Asia/Tokyo", offset: -540 },
  screen: { width: 1920, height: 1080, pixelRatio: 1 },
  hardware: { concurrency: 8, memory: 8, maxTouchPoints: 0 },
  graphics: { vendor: "NVIDIA", renderer: "RTX 3060", paramsHash: "p1" },
  canvas: "c1",
  audio: "a1",
  math: "m1",
  fonts: ["Meiryo", "Yu Gothic"],
};

const inWorker = {
  userAgent: "Mozilla/5.0 (Windows NT 10.0) Chrome/131.0.0.0",
  platform: "Win32",
  languages: ["ja-JP"],
  concurrency: 8,
  memory: 8,
  timezone: "Asia/Tokyo",
  brands: null,
  mobile: null,
  hintPlatform: null,
  gpu: ["NVIDIA", "RTX 3060"],
};

describe("device identity", () => {
  it("keeps the deviceId across a browser update", () => {
    const updated = { ...windowsChrome, userAgent: { userAgent: "Mozilla/5.0 (Windows NT 10.0) Chrome/132.0.1.5" } };
    expect(getDeviceId({ ...updated, userAgent: { ...updated.userAgent, platform: "Win32" } })).toBe(
      getDeviceId(windowsChrome),
    );
  });

  it.each([
    ["user agent", { userAgent: { userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) Safari/604.1" } }],
    ["locale", { locale: { languages: ["en-US"] } }],
    ["timezone", { timezone: { name: "America/New_York", offset: 300 } }],
    ["screen", { screen: { width: 390, height: 844, pixelRatio: 3 } }],
    ["touch", { hardware: { concurrency: 8, memory: 8, maxTouchPoints: 5 } }],
  ])("changes the deviceId but not the hardwareId when the %s changes", (_, change) => {
    const other = { ...windowsChrome, ...change } as Signals;
    expect(getDeviceId(other)).not.toBe(getDeviceId(windowsChrome));
    expect(getHardwareId(other)).toBe(getHardwareId(windowsChrome));
  });

  it("changes the hardwareId with another GPU, by its limits or by the name the worker reads", () => {
    const limits = { ...windowsChrome, graphics: { vendor: "Intel", renderer: "UHD 620", paramsHash: "p2" } };
    expect(getHardwareId(limits)).not.toBe(getHardwareId(windowsChrome));
    const named = { ...windowsChrome, worker: { ...inWorker, gpu: ["Intel", "UHD 620"] } };
    expect(getHardwareId(named)).not.toBe(getHardwareId({ ...windowsChrome, worker: inWorker }));
  });

  it("keeps the hardwareId when an injector rewrites the page's GPU strings, cores and memory", () => {
    const real = { ...windowsChrome, worker: inWorker };
    const injected = {
      ...real,
      graphics: { vendor: "Google Inc. (Intel)", renderer: "ANGLE (Intel UHD Graphics)", paramsHash: "p1" },
      hardware: { concurrency: 12, memory: 4, maxTouchPoints: 0 },
    };
    expect(getHardwareId(injected)).toBe(getHardwareId(real));
  });

  it("reads cores and memory in the page when the worker could not run", () => {
    const blocked = { ...windowsChrome, worker: "blocked" as const };
    expect(getHardwareId(blocked)).toBe(getHardwareId(windowsChrome));
    const other = { ...blocked, hardware: { concurrency: 4, memory: 8, maxTouchPoints: 0 } };
    expect(getHardwareId(other)).not.toBe(getHardwareId(blocked));
  });

  it("leaves the fonts out on Linux, where the browser's language changes which aliases answer", () => {
    const linux = { ...windowsChrome, worker: { ...inWorker, platform: "Linux x86_64" } };
    const ja = { ...linux, fonts: ["MS Gothic", "Arial", "DejaVu Sans"] };
    const en = { ...linux, fonts: ["Arial", "DejaVu Sans"] };
    expect(getHardwareId(ja)).toBe(getHardwareId(en));
    expect(getHardwareId({ ...windowsChrome, fonts: ["Meiryo"] })).not.toBe(getHardwareId(windowsChrome));
  });

  it("reads the fonts as a set, whatever their order", () => {
    const reordered = { ...windowsChrome, fonts: ["Yu Gothic", "Meiryo"] };
    expect(getHardwareId(reordered)).toBe(getHardwareId(windowsChrome));
  });

  it("ignores a signal that failed in the browser rather than failing", () => {
    const broken = { ...windowsChrome, canvas: { error: "SecurityError" } };
    expect(getDeviceId(broken)).toMatch(/^dev_/);
  });
});
