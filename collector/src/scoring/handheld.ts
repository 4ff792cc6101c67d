import { type Signals, signalValue } from "@shinsa/shared";

/**
 * A phone or tablet by what its page reported: an iPhone, iPad or Android user agent, userAgentData's
 * `mobile`, or a Mac user agent with a touch screen (iPadOS asks for desktop pages as a Mac).
 * Identical units of a model are identical hardware; a PC's GPU, driver, fonts and screen vary.
 */
export function isHandheld(signals: Signals): boolean {
  const ua = signalValue(signals, "userAgent");
  const text = ua?.userAgent ?? "";
  if (/iPhone|iPad|iPod|Android/.test(text) || ua?.clientHints?.mobile === true) return true;
  const touch = signalValue(signals, "hardware")?.maxTouchPoints ?? 0;
  return /Macintosh/.test(text) && touch > 1;
}
