import type { SignalValue } from "@shinsa/shared";
import type { Source } from "./source.js";

interface Connection {
  effectiveType?: string;
  rtt?: number;
  downlink?: number;
  saveData?: boolean;
}

export const network: Source<SignalValue<"network">> = {
  now() {
    const c = (navigator as { connection?: Connection }).connection;
    if (!c) return "unsupported";
    return {
      effectiveType: c.effectiveType ?? null,
      rttMs: c.rtt ?? null,
      downlinkMbps: c.downlink ?? null,
      saveData: c.saveData ?? null,
    };
  },
};
