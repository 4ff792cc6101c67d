import { UAParser } from "ua-parser-js";

/** What the User-Agent header says of the browser, its OS and the device. */
export interface ParsedClient {
  browser: { name: string | null; version: string | null };
  os: { name: string | null; version: string | null };
  device: { type: string; vendor: string | null; model: string | null };
}

/** Browser, OS and device class from a User-Agent header (ua-parser-js 1.x, MIT). */
export function parseUserAgent(userAgent: string | undefined): ParsedClient {
  const r = new UAParser(userAgent ?? "").getResult();
  return {
    browser: { name: r.browser.name ?? null, version: r.browser.version ?? null },
    os: { name: r.os.name ?? null, version: r.os.version ?? null },
    // ua-parser leaves `type` empty for desktops.
    device: { type: r.device.type ?? "desktop", vendor: r.device.vendor ?? null, model: r.device.model ?? null },
  };
}
