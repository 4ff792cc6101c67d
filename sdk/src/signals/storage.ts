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

const read = (): Storage => ({
  localStorage: usable(() => localStorage),
  sessionStorage: usable(() => sessionStorage),
  indexedDB: usable(() => indexedDB),
  cookies: navigator.cookieEnabled,
});

// All of it after the token: the first touch of localStorage and sessionStorage in a fresh renderer
// is a synchronous call to the browser process (see persist.ts), and nothing judged at the token
// needs it.
export const storage: Source<Storage> = {
  // The quota tells a private window (bounded by memory) from a normal profile (a share of disk).
  async later() {
    const estimate = await navigator.storage?.estimate?.();
    const quota = estimate?.quota;
    return { ...read(), quotaMB: quota === undefined ? null : Math.round(quota / 1048576) };
  },
};
