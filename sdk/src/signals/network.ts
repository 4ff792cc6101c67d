import type { SignalValue } from "@shinsa/shared";
import type { Source } from "./source.js";

interface Connection {
  effectiveType?: string;
  rtt?: number;
  downlink?: number;
  saveData?: boolean;
}

type Network = SignalValue<"network">;

export const network = {
  now(nav: Navigator & { connection?: Connection } = navigator): Network {
    const c = nav.connection;
    if (!c) return "unsupported";
    return {
      effectiveType: c.effectiveType ?? null,
      rttMs: c.rtt ?? null,
      downlinkMbps: c.downlink ?? null,
      saveData: c.saveData ?? null,
    };
  },
} satisfies Source<Network>;
