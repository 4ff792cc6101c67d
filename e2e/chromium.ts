// Debian's Chromium, as every browser run here starts it: Playwright never downloads a browser on
// these machines, and without the background-networking flags Chromium keeps calling hosts that
// the closed network refuses.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
