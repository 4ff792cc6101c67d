import { type FlagReason, signalValue } from "@shinsa/shared";
import { JST_OFFSET_MINUTES } from "../../lib/japan-time.js";
import type { FlagJudge } from "./judge.js";

// Chrome gives a private window a storage quota bounded by memory (on the order of 100 MB),
// while a normal profile gets a share of the disk, usually many GB.
const INCOGNITO_QUOTA_MB = 150;

// Renderers that only virtual machines or GPU-less servers show. SwiftShader is left out: Chrome
// falls back to it on ordinary PCs whose GPU is blocklisted.
const VM_RENDERER = /VMware|VirtualBox|Parallels|QEMU|Hyper-V|Microsoft Basic Render|llvmpipe|virgl/i;

export const judgeIncognito: FlagJudge = ({ signals }) => {
  const quota = signalValue(signals, "storage")?.quotaMB;
  return typeof quota === "number" && quota < INCOGNITO_QUOTA_MB
    ? [
        {
          flag: "incognito",
          code: "small_storage_quota",
          message: `storage quota is only ${Math.round(quota)} MB`,
          ja: `ストレージ容量が ${Math.round(quota)} MB しかありません (シークレットウィンドウ)`,
        },
      ]
    : [];
};

export const judgeVirtualMachine: FlagJudge = ({ signals }) => {
  const graphics = signalValue(signals, "graphics");
  const gpu = `${graphics?.vendor ?? ""} ${graphics?.renderer ?? ""}`.trim();
  return VM_RENDERER.test(gpu)
    ? [
        {
          flag: "virtualMachine",
          code: "virtual_gpu",
          message: `the GPU is a virtual one: ${gpu}`,
          ja: `仮想マシンの GPU です: ${gpu}`,
        },
      ]
    : [];
};

/** A timezone name whose real offset is not the offset the clock reports, or a Japanese-only browser outside Japan's zone. */
export const judgeTimezone: FlagJudge = ({ signals }) => {
  const reasons: FlagReason[] = [];
  const tz = signalValue(signals, "timezone");
  if (!tz) return reasons;
  const expected = tz.name ? offsetOf(tz.name) : undefined;
  if (expected !== undefined && expected !== tz.offset) {
    reasons.push({
      flag: "timezoneMismatch",
      code: "timezone_offset_mismatch",
      message: `timezone ${tz.name} should have offset ${expected}, the clock says ${tz.offset}`,
      ja: `タイムゾーン ${tz.name} と時計のオフセット (${tz.offset}) が合いません`,
    });
  }
  const languages = signalValue(signals, "locale")?.languages ?? [];
  if (
    languages.length > 0 &&
    languages.every((l) => l.toLowerCase().startsWith("ja")) &&
    tz.offset !== JST_OFFSET_MINUTES
  ) {
    reasons.push({
      flag: "timezoneMismatch",
      code: "japanese_browser_outside_jst",
      message: "the browser speaks only Japanese but its clock is not on Japan time",
      ja: "日本語のみのブラウザなのに時計が日本時間ではありません",
    });
  }
  return reasons;
};

/** `Date#getTimezoneOffset()` convention (minutes, JST = -540) of an IANA zone now. */
function offsetOf(zone: string): number | undefined {
  const now = Date.now();
  const hit = offsets.get(zone);
  if (hit && hit.from <= now && now < hit.from + 60_000) return hit.offset;
  const format = formatterOf(zone);
  const name = format?.formatToParts(now).find((p) => p.type === "timeZoneName")?.value;
  if (!name) return undefined;
  // "GMT+09:00", "GMT-03:30", or "GMT" for UTC itself.
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
  if (!m) return undefined;
  const minutes = m[1] ? Number(m[2]) * 60 + Number(m[3]) : 0;
  const offset = m[1] === "+" ? -minutes : minutes;
  // Formatting costs a page view some 20 µs; a zone's offset changes only at its daylight-saving
  // switch, so a minute-old answer is right except in that switch's first minute.
  if (formatters.has(zone)) offsets.set(zone, { offset, from: now });
  return offset;
}

const offsets = new Map<string, { offset: number; from: number }>();

// Making a DateTimeFormat costs about a quarter of a millisecond, and every page view asks: one per
// zone is kept. Zones are a few hundred names; a payload's made-up ones are not kept.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterOf(zone: string): Intl.DateTimeFormat | undefined {
  let format = formatters.get(zone);
  if (format) return format;
  try {
    format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
  } catch {
    return undefined;
  }
  if (formatters.size < 1000) formatters.set(zone, format);
  return format;
}
