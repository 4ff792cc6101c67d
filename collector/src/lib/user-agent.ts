import { UAParser } from "ua-parser-js";

/** What the User-Agent header says of the browser, its OS and the device. */
export interface ParsedClient {
  browser: { name: string | null; version: string | null };
  os: { name: string | null; version: string | null };
  device: { type: string; vendor: string | null; model: string | null };
}

// Parsing runs some hundred regular expressions, a tenth of a page view's CPU, while a shop's
// visitors send a few thousand distinct headers a day: the answers of the latest ones are kept.
// Past the bound the oldest go first (a Map keeps insertion order), so a stream of made-up headers
// costs only the parsing it would have cost anyway.
const MAX_KEPT = 5000;
const kept = new Map<string, Readonly<ParsedClient>>();

/** Browser, OS and device class from a User-Agent header (ua-parser-js 1.x, MIT). The answer is shared: do not change it. */
export function parseUserAgent(userAgent: string | undefined): Readonly<ParsedClient> {
  const header = userAgent ?? "";
  const hit = kept.get(header);
  if (hit) return hit;
  const client = parse(header);
  if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value as string);
  kept.set(header, client);
  return client;
}

function parse(header: string): Readonly<ParsedClient> {
  const r = new UAParser(header).getResult();
  return Object.freeze({
    browser: Object.freeze({ name: r.browser.name ?? null, version: r.browser.version ?? null }),
    os: Object.freeze({ name: r.os.name ?? null, version: r.os.version ?? null }),
    // ua-parser leaves `type` empty for desktops.
    device: Object.freeze({
      type: r.device.type ?? "desktop",
      vendor: r.device.vendor ?? null,
      model: r.device.model ?? null,
    }),
  });
}
