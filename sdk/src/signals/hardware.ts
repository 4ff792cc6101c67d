import type { SignalValue } from "@shinsa/shared";
import type { Source } from "./source.js";

export const hardware: Source<SignalValue<"hardware">> = {
  now() {
    const nav = navigator as Navigator & { deviceMemory?: number };
    return {
      concurrency: nav.hardwareConcurrency ?? null,
      memory: nav.deviceMemory ?? null,
      maxTouchPoints: nav.maxTouchPoints ?? null,
    };
  },
};
