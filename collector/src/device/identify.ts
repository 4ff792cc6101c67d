import { createHash } from "node:crypto";
import { type Signals, signalValue } from "@shinsa/shared";

// Three ids, from the most to the least specific:
// - visitorId: the first-party id the browser keeps; gone when storage is cleared.
// - deviceId: this browser on this device, from components that survive clearing storage.
// - hardwareId: only what switching user agent, locale or profile cannot change, and what
//   fingerprint injectors and stealth plugins do not rewrite: the GPU as a dedicated Worker names
//   it and as WebGL's limits show it, audio, maths, fonts, and cores and memory as the Worker
//   counts them. The page's own WebGL strings and core count are left out: they are exactly what
//   injectors rewrite (docs/signals.md, "hardwareId"). Many identical machines share it: evidence,
//   never proof.

const digest = (prefix: string, parts: unknown[]) =>
  `${prefix}_${createHash("sha256").update(JSON.stringify(parts)).digest("base64url").slice(0, 22)}`;

export function getHardwareId(signals: Signals): string {
  const hardware = signalValue(signals, "hardware");
  const answer = signalValue(signals, "worker");
  // Before the late update, or where a CSP blocks the worker, the page's counts stand in: they are
  // the same on an honest browser, and a site's CSP does not change from visit to visit.
  const worker = typeof answer === "object" ? answer : undefined;
  // Linux's fontconfig answers some families through aliases chosen by the browser's language (a
  // ja-JP Chromium "has" MS Gothic where an en-US one on the same machine has not): measured in
  // the adversary lab, one machine split in two hardwareIds. There the fonts stay out.
  const platform = worker?.platform ?? signalValue(signals, "userAgent")?.platform ?? "";
  const fonts = /Linux/i.test(platform) ? null : [...(signalValue(signals, "fonts") ?? [])].sort();
  return digest("hw", [
    worker?.gpu ?? null,
    signalValue(signals, "graphics")?.paramsHash ?? null,
    signalValue(signals, "audio") ?? null,
    signalValue(signals, "math") ?? null,
    fonts,
    worker?.concurrency ?? hardware?.concurrency ?? null,
    worker?.memory ?? hardware?.memory ?? null,
  ]);
}

/** Version numbers change with every browser update; the rest of the user agent names the browser. */
const withoutVersions = (ua: string) => ua.replace(/\d+(?:[._]\d+)*/g, "#");

export function getDeviceId(signals: Signals): string {
  const ua = signalValue(signals, "userAgent");
  const screen = signalValue(signals, "screen");
  const hardware = signalValue(signals, "hardware");
  const locale = signalValue(signals, "locale");
  const timezone = signalValue(signals, "timezone");
  return digest("dev", [
    getHardwareId(signals),
    ua ? withoutVersions(ua.userAgent) : null,
    ua?.platform ?? null,
    screen ? [screen.width, screen.height, screen.colorDepth ?? null, screen.pixelRatio ?? null] : null,
    hardware?.maxTouchPoints ?? null,
    locale?.languages ?? null,
    timezone?.name ?? timezone?.offset ?? null,
    signalValue(signals, "canvas") ?? null,
  ]);
}
