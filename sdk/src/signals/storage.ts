import type { SignalValue } from "@shinsa/shared";
import type { Source } from "./source.js";

type Storage = SignalValue<"storage">;

// Reading `window.localStorage` throws where the user blocks site data.
const usable = (get: () => unknown) => {
  try {
    return !!get();
  } catch {
    return false;
  }
};

const read = (w: Window): Storage => ({
  localStorage: usable(() => w.localStorage),
  sessionStorage: usable(() => w.sessionStorage),
  indexedDB: usable(() => w.indexedDB),
  cookies: w.navigator.cookieEnabled,
});

// All of it after the token: the first touch of localStorage and sessionStorage in a fresh renderer
// is a synchronous call to the browser process (see persist.ts), and nothing judged at the token
// needs it.
export const storage = {
  // The quota tells a private window (bounded by memory) from a normal profile (a share of disk).
  async later(w: Window = window): Promise<Storage> {
    const estimate = await w.navigator.storage?.estimate?.();
    const quota = estimate?.quota;
    return { ...read(w), quotaMB: quota === undefined ? null : Math.round(quota / 1048576) };
  },
} satisfies Source<Storage>;
