import { start } from "./index.js";
import type { Shinsa } from "./types.js";

// The script-tag entry: `<script src="https://COLLECTOR/sdk.js" data-site-key="pk_…" async>`.
// It reads its configuration from its own tag, and whatever happens it never throws into the
// merchant's page: a fraud check must never break a checkout.
declare global {
  interface Window {
    shinsa?: Shinsa;
  }
}

(() => {
  try {
    // Loaded twice (a theme and a plug-in both add the tag): the first copy keeps the page.
    if (window.shinsa) return;
    const script = document.currentScript as HTMLScriptElement | null;
    const siteKey = script?.dataset.siteKey;
    if (!script || !siteKey) {
      console.warn("[shinsa] the script tag needs data-site-key");
      return;
    }
    const endpoint = script.dataset.endpoint ?? new URL(script.src, location.href).origin;
    window.shinsa = start({ siteKey, endpoint });
  } catch (err) {
    console.warn("[shinsa]", err);
  }
})();
