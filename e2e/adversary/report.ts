import type { TokenResponse } from "@shinsa/shared";
import type { Outcome, Technique } from "./lab.js";

export interface Row {
  technique: Technique;
  outcome: Outcome;
}

const caught = (d: TokenResponse) => d.flags.automation || d.flags.tampering || d.flags.bot;
const anyFlag = (d: TokenResponse) => Object.values(d.flags).some(Boolean);
const pct = (n: number, of: number) => (of === 0 ? "–" : `${Math.round((100 * n) / of)} %`);

/** The console's cost over plain JavaScript's, as the devtools_attached judge reads it. */
function consoleRatio(d: TokenResponse): number | null {
  const cost = d.signals.inspector;
  if (!cost || typeof cost !== "object" || !("consoleMs" in cost)) return null;
  const baseline = [...cost.baselineMs].sort((a, b) => a - b)[cost.baselineMs.length >> 1] ?? 0;
  return Math.min(...cost.consoleMs) / Math.max(baseline, 0.1);
}

/** The hardwareId most honest visits answered: the machine's own. */
export function machineHardwareId(rows: Row[]): string | null {
  const counts = new Map<string, number>();
  for (const { technique, outcome } of rows) {
    if (technique.kind !== "control") continue;
    for (const d of outcome.devices) counts.set(d.hardwareId, (counts.get(d.hardwareId) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

export interface Summary {
  name: string;
  kind: Technique["kind"];
  visits: number;
  failures: number;
  /** Share of visits flagged automation, tampering or bot (attacks), or with any flag (controls). */
  flagged: number;
  reasons: [string, number][];
  deviceIds: number;
  hardwareIds: number;
  ownHardwareId: number;
  /** Lowest and highest console-cost ratio of the visits (null where no visit measured it). */
  consoleRatios: [number, number] | null;
}

export function summarise(rows: Row[]): Summary[] {
  const own = machineHardwareId(rows);
  return rows.map(({ technique, outcome }) => {
    const devices = outcome.devices;
    const reasons = new Map<string, number>();
    for (const d of devices) {
      for (const code of new Set(d.flagReasons.map((r) => r.code))) reasons.set(code, (reasons.get(code) ?? 0) + 1);
    }
    const judged = technique.kind === "control" ? anyFlag : caught;
    return {
      name: technique.name,
      kind: technique.kind,
      visits: devices.length,
      failures: outcome.failures.length,
      flagged: devices.filter(judged).length,
      reasons: [...reasons].sort((a, b) => b[1] - a[1]),
      deviceIds: new Set(devices.map((d) => d.deviceId)).size,
      hardwareIds: new Set(devices.map((d) => d.hardwareId)).size,
      ownHardwareId: devices.filter((d) => d.hardwareId === own).length,
      consoleRatios: range(devices.map(consoleRatio).filter((r): r is number => r !== null)),
    };
  });
}

const range = (xs: number[]): [number, number] | null => (xs.length ? [Math.min(...xs), Math.max(...xs)] : null);

export function table(summaries: Summary[]): string {
  const lines = [
    "| technique | kind | visits (no token) | flagged | reasons (visits) | deviceIds | hardwareIds | machine's own hardwareId | console cost (× plain JS) |",
    "| --- | --- | --: | --: | --- | --: | --: | --: | --: |",
  ];
  for (const s of summaries) {
    const reasons = s.reasons.map(([code, n]) => `${code} (${n})`).join(", ") || "none";
    lines.push(
      `| ${s.name} | ${s.kind} | ${s.visits}${s.failures ? ` (${s.failures})` : ""} | ${s.kind === "control" ? `${s.flagged} with any flag` : pct(s.flagged, s.visits)} | ${reasons} | ${s.deviceIds} | ${s.hardwareIds} | ${pct(s.ownHardwareId, s.visits)} | ${s.consoleRatios ? s.consoleRatios.map((r) => r.toFixed(1)).join("–") : "–"} |`,
    );
  }
  return lines.join("\n");
}
