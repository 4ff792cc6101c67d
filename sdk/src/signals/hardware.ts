import type { SignalValue } from "@shinsa/shared";
import type { Source } from "./source.js";

type Hardware = SignalValue<"hardware">;

export const hardware = {
  now(nav: Navigator & { deviceMemory?: number } = navigator): Hardware {
    return {
      concurrency: nav.hardwareConcurrency ?? null,
      memory: nav.deviceMemory ?? null,
      maxTouchPoints: nav.maxTouchPoints ?? null,
    };
  },
} satisfies Source<Hardware>;
