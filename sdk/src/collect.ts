import type { Signals } from "@shinsa/shared";
import { nextTask, within } from "./schedule.js";
import { sources } from "./signals/index.js";
import type { Registry, Source } from "./signals/source.js";

type Entry = [keyof Signals, Source<unknown>];
// The registry is a parameter so that tests can hand in signals that throw or never settle.
type Some = Partial<Registry>;
const entries = (registry: Some) => Object.entries(registry) as Entry[];

// An async signal that never settles (Safari suspends OfflineAudioContext in background tabs)
// must not hold the others back.
const LATER_TIMEOUT_MS = 2000;

const failure = (err: unknown) => ({ error: String(err).slice(0, 200) });

/** The cheap signals, synchronously, for the token request. */
export function collectNow(registry: Some = sources): Signals {
  const out: Record<string, unknown> = {};
  for (const [name, source] of entries(registry)) {
    if (!source.now) continue;
    try {
      out[name] = source.now();
    } catch (err) {
      out[name] = failure(err);
    }
  }
  return out as Signals;
}

/** The costly signals, each in a task of its own, written into `into` as they arrive. */
export async function collectLater(into: Record<string, unknown>, registry: Some = sources): Promise<void> {
  for (const [name, source] of entries(registry)) {
    if (!source.later) continue;
    await nextTask();
    try {
      into[name] = await within(Promise.resolve(source.later()), LATER_TIMEOUT_MS, failure("timeout"));
    } catch (err) {
      into[name] = failure(err);
    }
  }
}
